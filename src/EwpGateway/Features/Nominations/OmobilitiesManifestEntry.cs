using System.Xml;
using EwpGateway.Features.Manifest;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// The manifest entry of Outgoing Mobilities v3: get, index and update URLs and <c>max-omobility-ids</c>. The v3
/// entry has no <c>sends-notifications</c> element (the XSD would reject it).
/// </summary>
internal sealed class OmobilitiesManifestEntry(IOptions<OmobilitiesOptions> options) : IManifestApiEntry
{
    private const string Ns = EwpNamespaces.OmobilitiesEntry;

    public async Task WriteAsync(XmlWriter writer, ManifestContext context)
    {
        await writer.WriteStartElementAsync(null, "omobilities", Ns);
        await writer.WriteAttributeStringAsync(null, "version", null, "3.0.0");
        await HttpSecurityWriter.WriteAsync(writer, Ns);
        await writer.WriteElementStringAsync(null, "get-url", Ns, context.Url(OmobilitiesEndpoints.GetPath));
        await writer.WriteElementStringAsync(null, "index-url", Ns, context.Url(OmobilitiesEndpoints.IndexPath));
        await writer.WriteElementStringAsync(null, "update-url", Ns, context.Url(OmobilitiesEndpoints.UpdatePath));
        await writer.WriteElementStringAsync(null, "max-omobility-ids", Ns, XmlConvert.ToString(options.Value.MaxOmobilityIds));
        await writer.WriteEndElementAsync();
    }
}
