namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Which change notification (CNR) a partner sent us.</summary>
internal enum InboxKind
{
    /// <summary>IIA CNR v3: the partner's agreement <c>iia_id</c> changed, was created or deleted.</summary>
    IiaCnr,

    /// <summary>IIA Approval CNR v2: the partner approved (or withdrew approval of) our agreement <c>iia_id</c>.</summary>
    IiaApprovalCnr,

    /// <summary>OMobility CNR v2: an outgoing mobility (nomination) <c>omobility_id</c> of the partner changed.</summary>
    OmobilityCnr,

    /// <summary>IMobility ToR CNR v2: the transcript of our outgoing mobility <c>omobility_id</c> changed at the partner.</summary>
    TorCnr,
}
