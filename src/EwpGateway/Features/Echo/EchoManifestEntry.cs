using System.Xml;
using EwpGateway.Features.Manifest;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Echo;

/// <summary>The manifest entry of Echo v2.</summary>
internal sealed class EchoManifestEntry : IManifestApiEntry
{
    public async Task WriteAsync(XmlWriter writer, ManifestContext context)
    {
        await writer.WriteStartElementAsync(null, "echo", EwpNamespaces.EchoEntry);
        await writer.WriteAttributeStringAsync(null, "version", null, "2.0.1");
        await HttpSecurityWriter.WriteAsync(writer, EwpNamespaces.EchoEntry);
        await writer.WriteElementStringAsync(null, "url", EwpNamespaces.EchoEntry, context.Url(EchoEndpoints.Path));
        await writer.WriteEndElementAsync();
    }
}
