namespace EwpGateway.Infrastructure.Persistence;

/// <summary>How synchronisation with one partner HEI over one API went: what the dashboard shows per partner.</summary>
internal sealed class SyncState
{
    public string PartnerHeiId { get; set; } = "";

    /// <summary>The API, by its registry local name (e.g. <c>iias</c>, <c>omobilities</c>, <c>imobility-tors</c>).</summary>
    public string Api { get; set; } = "";

    /// <summary>The version of the API last used with this partner (from the registry catalogue).</summary>
    public string? ApiVersion { get; set; }

    public DateTimeOffset? LastAttemptAt { get; set; }

    public DateTimeOffset? LastSuccessAt { get; set; }

    public DateTimeOffset? LastFailureAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Failures since the last success.</summary>
    public int ConsecutiveFailures { get; set; }

    /// <summary>When the last successful reconciliation started: the next one asks for changes since then, minus a margin.</summary>
    public DateTimeOffset? ReconciledFrom { get; set; }

    /// <summary>How long the last run took, in milliseconds.</summary>
    public long LastDurationMs { get; set; }

    /// <summary>Objects the partner's index listed in the last run.</summary>
    public int LastListed { get; set; }

    /// <summary>Objects fetched and stored in the last run.</summary>
    public int LastStored { get; set; }

    /// <summary>Objects the last run could not store (invalid payloads, errors).</summary>
    public int LastRejected { get; set; }

    /// <summary>Objects the last run marked withdrawn.</summary>
    public int LastWithdrawn { get; set; }

    /// <summary>The gateway instance currently syncing this partner and API (null: nobody).</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeasedUntil { get; set; }

    /// <summary>Set by an administrator (re-sync): the next run ignores <see cref="ReconciledFrom"/> and lists everything.</summary>
    public bool FullSyncRequested { get; set; }
}
