using System.Xml;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Manifest;

/// <summary>
/// Writes the <c>http-security</c> element every authenticated API entry carries: HTTP signatures for
/// client authentication; TLS and HTTP signatures for server authentication. It must be explicit,
/// because an omitted element means the TLS-certificate defaults.
/// </summary>
internal static class HttpSecurityWriter
{
    public static async Task WriteAsync(XmlWriter writer, string entryNamespace)
    {
        await writer.WriteStartElementAsync(null, "http-security", entryNamespace);

        await writer.WriteStartElementAsync("sec", "client-auth-methods", EwpNamespaces.SecurityIntro);
        await WriteEmptyAsync(writer, "httpsig", EwpNamespaces.ClientAuthHttpSig);
        await writer.WriteEndElementAsync();

        await writer.WriteStartElementAsync("sec", "server-auth-methods", EwpNamespaces.SecurityIntro);
        await WriteEmptyAsync(writer, "tlscert", EwpNamespaces.ServerAuthTlsCert);
        await WriteEmptyAsync(writer, "httpsig", EwpNamespaces.ServerAuthHttpSig);
        await writer.WriteEndElementAsync();

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteEmptyAsync(XmlWriter writer, string localName, string ns)
    {
        await writer.WriteStartElementAsync(null, localName, ns);
        await writer.WriteEndElementAsync();
    }
}
