namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A change notification to send to one partner, written in the same transaction as the change.</summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string PartnerHeiId { get; set; } = "";

    public OutboxKind Kind { get; set; }

    /// <summary>Our id of the object that changed (what the partner will fetch).</summary>
    public string ObjectId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public string? LastError { get; set; }

    public OutboxStatus Status { get; set; } = OutboxStatus.Pending;

    /// <summary>The gateway instance holding the row while it sends it (null: free).</summary>
    public string? LeaseOwner { get; set; }

    /// <summary>Until when <see cref="LeaseOwner"/> holds the row; an expired lease may be taken over.</summary>
    public DateTimeOffset? LeasedUntil { get; set; }

    /// <summary>When the partner acknowledged the CNR (or when it was merged into another row that was).</summary>
    public DateTimeOffset? SentAt { get; set; }

    /// <summary>How many pending duplicates (same partner, kind and object) this delivery stood for, itself excluded.</summary>
    public int MergedCount { get; set; }

    /// <summary>The row whose delivery covered this one, when it was merged as a duplicate.</summary>
    public Guid? MergedIntoId { get; set; }

    /// <summary>
    /// Extra data the send needs beyond <see cref="ObjectId"/> (e.g. the decision of an OMobilities <c>update</c>),
    /// serialized by the sender that reads it.
    /// </summary>
    public string? Payload { get; set; }
}
