using System.Xml.Linq;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>The namespaces of the EWP documents the simulator writes (the XSDs are the authority).</summary>
internal static class SimNamespaces
{
    public const string Gh = "https://github.com/erasmus-without-paper/";

    public static readonly XNamespace Ewp = Gh + "ewp-specs-architecture/blob/stable-v1/common-types.xsd";
    public static readonly XNamespace Registry = Gh + "ewp-specs-api-registry/tree/stable-v1";
    public static readonly XNamespace Manifest = Gh + "ewp-specs-api-discovery/tree/stable-v6";
    public static readonly XNamespace Sec = Gh + "ewp-specs-sec-intro/tree/stable-v2";
    public static readonly XNamespace CliAuthHttpSig = Gh + "ewp-specs-sec-cliauth-httpsig/tree/stable-v1";
    public static readonly XNamespace CliAuthNone = Gh + "ewp-specs-sec-cliauth-none/tree/stable-v1";
    public static readonly XNamespace SrvAuthTlsCert = Gh + "ewp-specs-sec-srvauth-tlscert/tree/stable-v1";
    public static readonly XNamespace SrvAuthHttpSig = Gh + "ewp-specs-sec-srvauth-httpsig/tree/stable-v1";
    public static readonly XNamespace Echo = Gh + "ewp-specs-api-echo/tree/stable-v2";
    public static readonly XNamespace Institutions = Gh + "ewp-specs-api-institutions/tree/stable-v2";
    public static readonly XNamespace IiasGet = Gh + "ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd";
    public static readonly XNamespace IiasIndex = Gh + "ewp-specs-api-iias/blob/stable-v7/endpoints/index-response.xsd";
    public static readonly XNamespace IiasGetV6 = Gh + "ewp-specs-api-iias/blob/stable-v6/endpoints/get-response.xsd";
    public static readonly XNamespace IiasIndexV6 = Gh + "ewp-specs-api-iias/blob/stable-v6/endpoints/index-response.xsd";
    public static readonly XNamespace Approval = Gh + "ewp-specs-api-iias-approval/tree/stable-v2";
    public static readonly XNamespace OmobilitiesGet = Gh + "ewp-specs-api-omobilities/blob/stable-v3/endpoints/get-response.xsd";
    public static readonly XNamespace OmobilitiesIndex = Gh + "ewp-specs-api-omobilities/blob/stable-v3/endpoints/index-response.xsd";
    public static readonly XNamespace OmobilitiesUpdateRequest = Gh + "ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd";
    public static readonly XNamespace OmobilitiesUpdateResponse = Gh + "ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-response.xsd";
    public static readonly XNamespace TorsGet = Gh + "ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/get-response.xsd";
    public static readonly XNamespace TorsIndex = Gh + "ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/index-response.xsd";
    public static readonly XNamespace Elmo = "https://github.com/emrex-eu/elmo-schemas/tree/v1";
    public static readonly XNamespace IiaCnr = Gh + "ewp-specs-api-iia-cnr/tree/stable-v3";
    public static readonly XNamespace IiaApprovalCnr = Gh + "ewp-specs-api-iia-approval-cnr/tree/stable-v2";
    public static readonly XNamespace OmobilityCnr = Gh + "ewp-specs-api-omobility-cnr/tree/stable-v2";
    public static readonly XNamespace TorCnr = Gh + "ewp-specs-api-imobility-tor-cnr/tree/stable-v2";

    /// <summary>The namespace of an API's manifest entry, e.g. <c>EntryOf("iias", 7)</c>.</summary>
    public static XNamespace EntryOf(string repository, int major) =>
        Gh + $"ewp-specs-api-{repository}/blob/stable-v{major}/manifest-entry.xsd";
}
