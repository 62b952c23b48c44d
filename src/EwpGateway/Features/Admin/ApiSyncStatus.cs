namespace EwpGateway.Features.Admin;

/// <summary>How pulling one API of a partner went (from the sync state).</summary>
internal sealed record ApiSyncStatus(
    string Api,
    string? Version,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? LastSuccessAt,
    DateTimeOffset? LastFailureAt,
    string? LastError,
    int ConsecutiveFailures,
    long LastDurationMs,
    int LastListed,
    int LastStored,
    int LastRejected,
    int LastWithdrawn,
    bool FullSyncRequested);
