namespace EwpGateway.Infrastructure.Partners;

/// <summary>A partner API we call, by its manifest element name, with the major versions we implement (preferred first).</summary>
/// <param name="LocalName">The element name in the registry's <c>apis-implemented</c>, e.g. <c>iias</c>.</param>
/// <param name="MajorVersions">Major versions we can call, highest first.</param>
internal sealed record PartnerApi(string LocalName, IReadOnlyList<int> MajorVersions)
{
    public static readonly PartnerApi Echo = new("echo", [2]);
    public static readonly PartnerApi Institutions = new("institutions", [2]);

    /// <summary>v7 read and write; v6 partners are read only (<see cref="IIiasV6Client"/>).</summary>
    public static readonly PartnerApi Iias = new("iias", [7, 6]);
    public static readonly PartnerApi IiasApproval = new("iias-approval", [2]);
    public static readonly PartnerApi Omobilities = new("omobilities", [3]);
    public static readonly PartnerApi ImobilityTors = new("imobility-tors", [2]);
    public static readonly PartnerApi IiaCnr = new("iia-cnr", [3]);
    public static readonly PartnerApi IiaApprovalCnr = new("iia-approval-cnr", [2]);
    public static readonly PartnerApi OmobilityCnr = new("omobility-cnr", [2]);
    public static readonly PartnerApi ImobilityTorCnr = new("imobility-tor-cnr", [2]);

    public override string ToString() => $"{LocalName} v{string.Join("/v", MajorVersions)}";
}
