namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Which change notification (CNR) an outbox row asks to send.</summary>
internal enum OutboxKind
{
    IiaCnr,
    IiaApprovalCnr,
    OmobilityCnr,
    TorCnr,

    /// <summary>The receiving HEI's decision on an incoming nomination (EWP IMobility CNR).</summary>
    ImobilityCnr,
}
