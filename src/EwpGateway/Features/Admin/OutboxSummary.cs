namespace EwpGateway.Features.Admin;

/// <summary>Our change notifications to one partner: what waits, since when, what was given up.</summary>
/// <param name="Pending">CNRs waiting to be delivered.</param>
/// <param name="OldestPendingAt">When the oldest waiting one was queued.</param>
/// <param name="Failed">CNRs given up.</param>
/// <param name="LastSentAt">When the latest one was delivered.</param>
/// <param name="LastError">The latest error of a CNR still waiting (it will be tried again).</param>
/// <param name="LastFailedError">The latest error of a CNR given up.</param>
internal sealed record OutboxSummary(int Pending, DateTimeOffset? OldestPendingAt, int Failed, DateTimeOffset? LastSentAt, string? LastError, string? LastFailedError = null);
