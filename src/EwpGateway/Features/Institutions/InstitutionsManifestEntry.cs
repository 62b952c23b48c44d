using System.Xml;
using EwpGateway.Features.Manifest;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Institutions;

/// <summary>The manifest entry of Institutions v2.</summary>
internal sealed class InstitutionsManifestEntry(IOptions<InstitutionsOptions> options) : IManifestApiEntry
{
    private const string Ns = EwpNamespaces.InstitutionsEntry;

    public async Task WriteAsync(XmlWriter writer, ManifestContext context)
    {
        await writer.WriteStartElementAsync(null, "institutions", Ns);
        await writer.WriteAttributeStringAsync(null, "version", null, "2.2.0");
        await HttpSecurityWriter.WriteAsync(writer, Ns);
        await writer.WriteElementStringAsync(null, "url", Ns, context.Url(InstitutionsEndpoints.Path));
        await writer.WriteElementStringAsync(null, "max-hei-ids", Ns, XmlConvert.ToString(options.Value.MaxHeiIds));
        await writer.WriteEndElementAsync();
    }
}
