namespace EwpGateway.PartnerSimulator;

/// <summary>The endpoints a simulated partner serves.</summary>
public enum SimEndpoint
{
    /// <summary>Discovery manifest v6 (anonymous).</summary>
    Manifest,

    /// <summary>Echo v2.</summary>
    Echo,

    /// <summary>Institutions v2.</summary>
    Institutions,

    /// <summary>IIAs v7 (v6 for a <see cref="PartnerFaults.V6Only"/> partner) <c>get</c>.</summary>
    IiasGet,

    /// <summary>IIAs v7 (or v6) <c>index</c>.</summary>
    IiasIndex,

    /// <summary>IIAs Approval v2.</summary>
    IiasApproval,

    /// <summary>Outgoing Mobilities v3 <c>get</c>.</summary>
    OmobilitiesGet,

    /// <summary>Outgoing Mobilities v3 <c>index</c>.</summary>
    OmobilitiesIndex,

    /// <summary>Outgoing Mobilities v3 <c>update</c>.</summary>
    OmobilitiesUpdate,

    /// <summary>IMobility ToRs v2 <c>get</c>.</summary>
    TorsGet,

    /// <summary>IMobility ToRs v2 <c>index</c>.</summary>
    TorsIndex,

    /// <summary>IIA CNR v3 receiver.</summary>
    IiaCnr,

    /// <summary>IIA Approval CNR v2 receiver.</summary>
    IiaApprovalCnr,

    /// <summary>OMobility CNR v2 receiver.</summary>
    OmobilityCnr,

    /// <summary>IMobility ToR CNR v2 receiver.</summary>
    TorCnr,
}
