namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// A change notification received from a partner: one pending row per (notifier, kind, object), however
/// many notifications arrive before the sync worker fetches the object (bursts are counted, not queued).
/// </summary>
internal sealed class InboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public InboxKind Kind { get; set; }

    /// <summary>The HEI ids covered by the notifier's key, sorted and space-separated.</summary>
    public string SenderHeiIds { get; set; } = "";

    /// <summary>The notifier's key id (client key fingerprint or certificate fingerprint).</summary>
    public string SenderKeyId { get; set; } = "";

    /// <summary>The id from the notification, as the partner sent it.</summary>
    public string ObjectId { get; set; } = "";

    public DateTimeOffset FirstReceivedAt { get; set; }

    public DateTimeOffset LastReceivedAt { get; set; }

    /// <summary>How many notifications for this object arrived while the row was pending.</summary>
    public int ReceivedCount { get; set; } = 1;

    public InboxStatus Status { get; set; } = InboxStatus.Pending;

    public DateTimeOffset? ProcessedAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>How many times the sync worker tried to fetch the object.</summary>
    public int Attempts { get; set; }

    /// <summary>Not before this time is the row tried (debounce after a notification, backoff after a failure).</summary>
    public DateTimeOffset? NextAttemptAt { get; set; }

    /// <summary>The gateway instance holding the row while it fetches (null: free).</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when <see cref="LeaseOwner"/> holds the row.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }
}
