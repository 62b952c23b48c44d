namespace EwpGateway.Features.Sync;

/// <summary>Delivery of our change notifications and nomination decisions from the outbox (section <c>Ewp:Outbox</c>).</summary>
internal sealed class OutboxOptions
{
    public const string SectionName = "Ewp:Outbox";

    /// <summary>Whether this instance delivers outbox rows at all. Default <c>true</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Pause between two passes when the last one found nothing due (1 second to 1 hour). Default <c>00:00:05</c>.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Due rows leased per pass, before their pending duplicates are added (1 to 10,000). Default <c>200</c>.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Partners delivered to at the same time within one pass (1 to 64). Default <c>4</c>.</summary>
    public int MaxParallelPartners { get; set; } = 4;

    /// <summary>Delay before the second attempt; it doubles with every failed attempt, with jitter. Default <c>00:00:30</c>.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Upper bound of the delay between two attempts (at least <see cref="BaseDelay"/>). Default <c>01:00:00</c>.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long after its creation a row that still fails is given up: it becomes Failed with its last error, for an
    /// administrator to see and retry. Default <c>3.00:00:00</c> (3 days).
    /// </summary>
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// How long a pass holds the rows it leased; an instance that dies mid-send loses them after this and another
    /// instance takes them over. Longer than one send with all its retries (1 minute to 1 day). Default <c>00:10:00</c>.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Names this instance in <c>LeaseOwner</c> (at most 100 characters). Default: machine name, process id and a
    /// random suffix, so two instances never share one.
    /// </summary>
    public string InstanceId { get; set; } = "";
}
