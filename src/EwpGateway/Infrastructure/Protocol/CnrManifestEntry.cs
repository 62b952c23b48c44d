using System.Globalization;
using System.Xml;
using EwpGateway.Features.Manifest;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>The manifest entry of a CNR API: http-security, url and, where the API has it, max-omobility-ids.</summary>
internal sealed class CnrManifestEntry(CnrDefinition cnr) : IManifestApiEntry
{
    public async Task WriteAsync(XmlWriter writer, ManifestContext context)
    {
        await writer.WriteStartElementAsync(null, cnr.EntryElement, cnr.EntryNamespace);
        await writer.WriteAttributeStringAsync(null, "version", null, cnr.Version);
        await HttpSecurityWriter.WriteAsync(writer, cnr.EntryNamespace);
        await writer.WriteElementStringAsync(null, "url", cnr.EntryNamespace, context.Url(cnr.Path));
        if (cnr.AnnounceMaxIds)
        {
            await writer.WriteElementStringAsync(null, "max-omobility-ids", cnr.EntryNamespace, cnr.MaxIds.ToString(CultureInfo.InvariantCulture));
        }

        await writer.WriteEndElementAsync();
    }
}
