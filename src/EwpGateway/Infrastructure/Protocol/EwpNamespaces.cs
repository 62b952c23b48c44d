namespace EwpGateway.Infrastructure.Protocol;

/// <summary>XML namespaces of the EWP documents the gateway writes (the XSDs are the authority).</summary>
internal static class EwpNamespaces
{
    private const string Gh = "https://github.com/erasmus-without-paper/";

    public const string CommonTypes = Gh + "ewp-specs-architecture/blob/stable-v1/common-types.xsd";
    public const string Registry = Gh + "ewp-specs-api-registry/tree/stable-v1";
    public const string Manifest = Gh + "ewp-specs-api-discovery/tree/stable-v6";
    public const string DiscoveryEntry = Gh + "ewp-specs-api-discovery/blob/stable-v6/manifest-entry.xsd";
    public const string SecurityIntro = Gh + "ewp-specs-sec-intro/tree/stable-v2";
    public const string ClientAuthHttpSig = Gh + "ewp-specs-sec-cliauth-httpsig/tree/stable-v1";
    public const string ClientAuthTlsCert = Gh + "ewp-specs-sec-cliauth-tlscert/tree/stable-v1";
    public const string ServerAuthTlsCert = Gh + "ewp-specs-sec-srvauth-tlscert/tree/stable-v1";
    public const string ServerAuthHttpSig = Gh + "ewp-specs-sec-srvauth-httpsig/tree/stable-v1";
    public const string RequestEncryptionTls = Gh + "ewp-specs-sec-reqencr-tls/tree/stable-v1";
    public const string ResponseEncryptionTls = Gh + "ewp-specs-sec-resencr-tls/tree/stable-v1";
    public const string EchoResponse = Gh + "ewp-specs-api-echo/tree/stable-v2";
    public const string EchoEntry = Gh + "ewp-specs-api-echo/blob/stable-v2/manifest-entry.xsd";
    public const string IiasGetResponse = Gh + "ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd";
    public const string IiasIndexResponse = Gh + "ewp-specs-api-iias/blob/stable-v7/endpoints/index-response.xsd";
    public const string IiasStatsResponse = Gh + "ewp-specs-api-iias/blob/stable-v7/endpoints/stats-response.xsd";
    public const string IiasEntry = Gh + "ewp-specs-api-iias/blob/stable-v7/manifest-entry.xsd";
    public const string InstitutionsResponse = Gh + "ewp-specs-api-institutions/tree/stable-v2";
    public const string InstitutionsEntry = Gh + "ewp-specs-api-institutions/blob/stable-v2/manifest-entry.xsd";
    public const string OmobilitiesGetResponse = Gh + "ewp-specs-api-omobilities/blob/stable-v3/endpoints/get-response.xsd";
    public const string OmobilitiesIndexResponse = Gh + "ewp-specs-api-omobilities/blob/stable-v3/endpoints/index-response.xsd";
    public const string OmobilitiesUpdateRequest = Gh + "ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd";
    public const string OmobilitiesUpdateResponse = Gh + "ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-response.xsd";
    public const string OmobilitiesEntry = Gh + "ewp-specs-api-omobilities/blob/stable-v3/manifest-entry.xsd";
    public const string ImobilityTorsGetResponse = Gh + "ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/get-response.xsd";
    public const string ImobilityTorsIndexResponse = Gh + "ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/index-response.xsd";
    public const string ImobilityTorsEntry = Gh + "ewp-specs-api-imobility-tors/blob/stable-v2/manifest-entry.xsd";
    public const string ElmoV1 = "https://github.com/emrex-eu/elmo-schemas/tree/v1";
    public const string XmlDsig = "http://www.w3.org/2000/09/xmldsig#";
    public const string Contact = Gh + "ewp-specs-types-contact/tree/stable-v1";
    public const string Xml = "http://www.w3.org/XML/1998/namespace";
}
