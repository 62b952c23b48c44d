using System.Xml;
using EwpGateway.Features.Manifest;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Iias;

/// <summary>The manifest entry of IIAs Approval v2: <c>url</c> and <c>max-iia-ids</c>.</summary>
internal sealed class IiasApprovalManifestEntry(IOptions<IiasOptions> options) : IManifestApiEntry
{
    private const string Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-iias-approval/blob/stable-v2/manifest-entry.xsd";

    public async Task WriteAsync(XmlWriter writer, ManifestContext context)
    {
        await writer.WriteStartElementAsync(null, "iias-approval", Ns);
        await writer.WriteAttributeStringAsync(null, "version", null, "2.0.0");
        await HttpSecurityWriter.WriteAsync(writer, Ns);
        await writer.WriteElementStringAsync(null, "url", Ns, context.Url(IiasApprovalEndpoints.Path));
        await writer.WriteElementStringAsync(null, "max-iia-ids", Ns, XmlConvert.ToString(options.Value.MaxApprovalIiaIds));
        await writer.WriteEndElementAsync();
    }
}
