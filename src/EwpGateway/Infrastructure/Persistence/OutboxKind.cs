namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Which change notification (CNR) an outbox row asks to send.</summary>
internal enum OutboxKind
{
    IiaCnr,
    IiaApprovalCnr,
    OmobilityCnr,
    TorCnr,

    /// <summary>
    /// The receiving HEI's decision on an incoming nomination, sent to the sending HEI with the OMobilities v3
    /// <c>update</c> call (approve or reject the latest proposal).
    /// </summary>
    OmobilityUpdate,
}
