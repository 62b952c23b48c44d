using System.Xml;
using EwpGateway.Features.Manifest;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// The manifest entry of IMobility ToRs v2: get and index URLs, <c>max-omobility-ids</c> and
/// <c>sends-notifications</c>: the outbox delivers ToR CNRs to the sending HEIs.
/// </summary>
internal sealed class TorsManifestEntry(IOptions<TorsOptions> options) : IManifestApiEntry
{
    private const string Ns = EwpNamespaces.ImobilityTorsEntry;

    public async Task WriteAsync(XmlWriter writer, ManifestContext context)
    {
        await writer.WriteStartElementAsync(null, "imobility-tors", Ns);
        await writer.WriteAttributeStringAsync(null, "version", null, "2.0.0");
        await HttpSecurityWriter.WriteAsync(writer, Ns);
        await writer.WriteElementStringAsync(null, "get-url", Ns, context.Url(TorsEndpoints.GetPath));
        await writer.WriteElementStringAsync(null, "index-url", Ns, context.Url(TorsEndpoints.IndexPath));
        await writer.WriteElementStringAsync(null, "max-omobility-ids", Ns, XmlConvert.ToString(options.Value.MaxOmobilityIds));
        await writer.WriteElementStringAsync(null, "sends-notifications", Ns, "");
        await writer.WriteEndElementAsync();
    }
}
