namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A CNR to queue for one partner as part of a write.</summary>
internal readonly record struct OutboxNotice(string PartnerHeiId, OutboxKind Kind);
