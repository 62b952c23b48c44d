using System.Xml;
using EwpGateway.Features.Manifest;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Iias;

/// <summary>
/// The manifest entry of IIAs v7. The v7 entry has no <c>sends-notifications</c> element (the XSD would
/// reject it): sending IIA CNRs is mandatory in v7.
/// </summary>
internal sealed class IiasManifestEntry(IOptions<IiasOptions> options) : IManifestApiEntry
{
    private const string Ns = EwpNamespaces.IiasEntry;

    public async Task WriteAsync(XmlWriter writer, ManifestContext context)
    {
        await writer.WriteStartElementAsync(null, "iias", Ns);
        await writer.WriteAttributeStringAsync(null, "version", null, "7.0.0");
        await HttpSecurityWriter.WriteAsync(writer, Ns);
        await writer.WriteElementStringAsync(null, "get-url", Ns, context.Url(IiasEndpoints.GetPath));
        await writer.WriteElementStringAsync(null, "max-iia-ids", Ns, XmlConvert.ToString(options.Value.MaxIiaIds));
        await writer.WriteElementStringAsync(null, "index-url", Ns, context.Url(IiasEndpoints.IndexPath));
        await writer.WriteElementStringAsync(null, "stats-url", Ns, context.Url(IiasEndpoints.StatsPath));
        await writer.WriteEndElementAsync();
    }
}
