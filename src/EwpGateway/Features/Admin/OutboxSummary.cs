namespace EwpGateway.Features.Admin;

/// <summary>Our change notifications to one partner: what waits, since when, what was given up.</summary>
internal sealed record OutboxSummary(int Pending, DateTimeOffset? OldestPendingAt, int Failed, DateTimeOffset? LastSentAt, string? LastError);
