namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Delivery state of an outbox row.</summary>
internal enum OutboxStatus
{
    Pending,
    Sent,
    Failed,

    /// <summary>The partner implements no version of the CNR API (per the registry): kept for the record, not a failure.</summary>
    NotApplicable,
}
