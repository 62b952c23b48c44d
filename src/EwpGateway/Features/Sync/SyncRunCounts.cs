namespace EwpGateway.Features.Sync;

/// <summary>What one reconciliation run of one partner and API did.</summary>
internal sealed record SyncRunCounts(int Listed, int Stored, int Rejected, int Withdrawn);
