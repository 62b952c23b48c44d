namespace EwpGateway.Features.Sync;

/// <summary>How the gateway pulls partners' objects: CNR inbox processing and periodic reconciliation (section <c>Ewp:Sync</c>).</summary>
internal sealed class SyncOptions
{
    public const string SectionName = "Ewp:Sync";

    /// <summary>Whether the inbox and reconciliation workers run (tests switch them off and drive the classes). Default <c>true</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the inbox worker looks for pending notifications (0.1 s to 10 min). Default <c>00:00:02</c>.</summary>
    public TimeSpan InboxPollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Quiet time after the latest notification for an object before it is fetched, so a burst becomes one fetch
    /// (0 to 10 min). Default <c>00:00:02</c>.
    /// </summary>
    public TimeSpan Debounce { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Inbox rows leased per iteration (1 to 10000). Default <c>200</c>.</summary>
    public int InboxBatchSize { get; set; } = 200;

    /// <summary>Fetch attempts of one notification before it is marked failed (1 to 100). Default <c>8</c>.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Delay before the second attempt; doubled after each failure (1 s to 1 h). Default <c>00:00:30</c>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest delay between two attempts (at least <see cref="RetryBaseDelay"/>, at most 1 day). Default <c>01:00:00</c>.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often every partner and API is reconciled (5 s to 7 days; short only for demos and tests). Default <c>00:30:00</c>.</summary>
    public TimeSpan ReconciliationInterval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// Subtracted from the start of the last successful run to form <c>modified_since</c>, covering partner clock skew
    /// and slow commits (0 to 1 day). Default <c>00:05:00</c>.
    /// </summary>
    public TimeSpan ModifiedSinceMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Concurrent <c>get</c> calls to one partner (1 to 16). Default <c>2</c>.</summary>
    public int MaxConcurrentGetsPerPartner { get; set; } = 2;

    /// <summary>Partners reconciled at the same time (1 to 64). Default <c>4</c>.</summary>
    public int MaxConcurrentPartners { get; set; } = 4;

    /// <summary>
    /// How long a gateway instance holds an inbox row or a partner's sync state while it works on it; an expired lease
    /// (crashed instance) may be taken over (10 s to 1 day). Default <c>00:10:00</c>.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);
}
