using System.Text;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>Validation of response bodies against the official XSDs.</summary>
internal static class XmlAssert
{
    public const string EchoXsd = "ewp-specs-api-echo/response.xsd";
    public const string ManifestXsd = "ewp-specs-api-discovery/manifest.xsd";
    public const string CommonTypesXsd = "ewp-specs-architecture/common-types.xsd";
    public const string IiasGetXsd = "ewp-specs-api-iias/endpoints/get-response.xsd";
    public const string IiasIndexXsd = "ewp-specs-api-iias/endpoints/index-response.xsd";
    public const string IiasStatsXsd = "ewp-specs-api-iias/endpoints/stats-response.xsd";
    public const string InstitutionsXsd = "ewp-specs-api-institutions/response.xsd";
    public const string OmobilitiesGetXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/get-response.xsd";
    public const string OmobilitiesIndexXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/index-response.xsd";
    public const string OmobilitiesUpdateRequestXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/update-request.xsd";
    public const string OmobilitiesUpdateResponseXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/update-response.xsd";
    public const string OmobilitiesEntryXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/manifest-entry.xsd";
    public const string TorsGetXsd = "ewp-specs-api-imobility-tors/endpoints/get-response.xsd";
    public const string TorsIndexXsd = "ewp-specs-api-imobility-tors/endpoints/index-response.xsd";
    public const string TorsEntryXsd = "ewp-specs-api-imobility-tors/manifest-entry.xsd";

    /// <summary>Asserts that <paramref name="xml"/> is valid against <paramref name="xsd"/> and returns it parsed.</summary>
    public static XDocument Valid(string xml, string xsd)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        var errors = EwpSchemas.Default.Validate(stream, xsd);
        Assert.True(errors.Count == 0, $"{xsd}: {string.Join("; ", errors)}\n{xml}");
        return XDocument.Parse(xml);
    }

    /// <summary>Asserts that <paramref name="xml"/> is a valid <c>error-response</c> and returns its developer message.</summary>
    public static string ErrorResponse(string xml)
    {
        var doc = Valid(xml, CommonTypesXsd);
        XNamespace ewp = "https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd";
        Assert.Equal(ewp + "error-response", doc.Root!.Name);
        var message = doc.Root.Element(ewp + "developer-message")?.Value;
        Assert.False(string.IsNullOrWhiteSpace(message));
        return message!;
    }
}
