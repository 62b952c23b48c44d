namespace EwpGateway.Features.Sync;

/// <summary>The outbox as the dashboard shows it for one partner.</summary>
/// <param name="PartnerHeiId">The partner HEI.</param>
/// <param name="Pending">Rows still to deliver (outbox depth).</param>
/// <param name="OldestPendingCreatedAt">When the oldest of them was queued; null when none is pending.</param>
/// <param name="Failed">Rows given up (permanent failure or past the horizon), waiting for an administrator.</param>
/// <param name="LastError">The error of the most recently failed attempt among pending and failed rows, if any.</param>
/// <param name="LastFailedError">The error of the most recently given-up row, if any.</param>
internal sealed record OutboxPartnerStatus(
    string PartnerHeiId, int Pending, DateTimeOffset? OldestPendingCreatedAt, int Failed, string? LastError, string? LastFailedError = null)
{
    /// <summary>A partner we owe nothing to.</summary>
    public static OutboxPartnerStatus Empty(string partnerHeiId) => new(partnerHeiId, 0, null, 0, null);
}
