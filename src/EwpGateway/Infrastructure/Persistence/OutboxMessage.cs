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
}
