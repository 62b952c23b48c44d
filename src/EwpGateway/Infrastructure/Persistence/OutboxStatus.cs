namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Delivery state of an outbox row.</summary>
internal enum OutboxStatus
{
    Pending,
    Sent,
    Failed,
}
