using System.Xml;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Manifest;

/// <summary>The Discovery API entry: the manifest lists itself.</summary>
internal sealed class DiscoveryManifestEntry : IManifestApiEntry
{
    public async Task WriteAsync(XmlWriter writer, ManifestContext context)
    {
        await writer.WriteStartElementAsync(null, "discovery", EwpNamespaces.DiscoveryEntry);
        await writer.WriteAttributeStringAsync(null, "version", null, "6.0.0");
        await writer.WriteElementStringAsync(null, "url", EwpNamespaces.DiscoveryEntry, context.Url(ManifestEndpoints.Path));
        await writer.WriteEndElementAsync();
    }
}
