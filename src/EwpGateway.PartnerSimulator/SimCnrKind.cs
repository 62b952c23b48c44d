namespace EwpGateway.PartnerSimulator;

/// <summary>The change notifications a simulated partner sends to the gateway.</summary>
public enum SimCnrKind
{
    /// <summary>IIA CNR v3 (<c>iia_id</c> = the partner's IIA id).</summary>
    Iia,

    /// <summary>IIA Approval CNR v2 (<c>iia_id</c> = the gateway's IIA id that the partner approved).</summary>
    IiaApproval,

    /// <summary>OMobility CNR v2 (<c>omobility_id</c> = the partner's nomination id).</summary>
    Omobility,

    /// <summary>IMobility ToR CNR v2 (<c>omobility_id</c> = the gateway's outgoing mobility id).</summary>
    Tor,
}
