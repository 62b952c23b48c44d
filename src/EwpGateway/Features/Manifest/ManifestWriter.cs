using System.Xml;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Keys;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Manifest;

/// <summary>Writes the Discovery v6 manifest: one host, its APIs, its institution and its public keys.</summary>
internal sealed class ManifestWriter(
    IOptions<EwpHostOptions> hostOptions,
    GatewayKeys keys,
    IEnumerable<IManifestApiEntry> entries)
{
    public async Task WriteAsync(Stream body, ManifestContext context)
    {
        var host = hostOptions.Value;
        await using var writer = EwpXml.CreateWriter(body);

        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "manifest", EwpNamespaces.Manifest);
        await writer.WriteAttributeStringAsync("xmlns", "ewp", null, EwpNamespaces.CommonTypes);
        await writer.WriteAttributeStringAsync("xmlns", "r", null, EwpNamespaces.Registry);
        await writer.WriteAttributeStringAsync("xmlns", "sec", null, EwpNamespaces.SecurityIntro);

        await writer.WriteStartElementAsync(null, "host", EwpNamespaces.Manifest);
        foreach (var email in host.AdminEmails)
        {
            await writer.WriteElementStringAsync("ewp", "admin-email", EwpNamespaces.CommonTypes, email);
        }

        await writer.WriteElementStringAsync("ewp", "admin-provider", EwpNamespaces.CommonTypes, host.AdminProvider);
        if (!string.IsNullOrWhiteSpace(host.AdminNotes))
        {
            await writer.WriteElementStringAsync("ewp", "admin-notes", EwpNamespaces.CommonTypes, host.AdminNotes);
        }

        await writer.WriteStartElementAsync("r", "apis-implemented", EwpNamespaces.Registry);
        foreach (var entry in entries)
        {
            await entry.WriteAsync(writer, context);
        }

        await writer.WriteEndElementAsync();

        await WriteInstitutionAsync(writer, host);
        await WriteKeysAsync(writer, "client-credentials-in-use", keys.PublishedClientKeys);
        await WriteKeysAsync(writer, "server-credentials-in-use", keys.PublishedServerKeys);

        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }

    private static async Task WriteInstitutionAsync(XmlWriter writer, EwpHostOptions host)
    {
        await writer.WriteStartElementAsync(null, "institutions-covered", EwpNamespaces.Manifest);
        await writer.WriteStartElementAsync("r", "hei", EwpNamespaces.Registry);
        await writer.WriteAttributeStringAsync(null, "id", null, host.HeiId);
        foreach (var (type, value) in host.InstitutionOtherIds)
        {
            await writer.WriteStartElementAsync("r", "other-id", EwpNamespaces.Registry);
            await writer.WriteAttributeStringAsync(null, "type", null, type);
            await writer.WriteStringAsync(value);
            await writer.WriteEndElementAsync();
        }

        foreach (var (lang, name) in host.InstitutionNames)
        {
            await writer.WriteStartElementAsync("r", "name", EwpNamespaces.Registry);
            await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, lang);
            await writer.WriteStringAsync(name);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteKeysAsync(XmlWriter writer, string elementName, IReadOnlyList<GatewayKey> published)
    {
        await writer.WriteStartElementAsync(null, elementName, EwpNamespaces.Manifest);
        foreach (var key in published)
        {
            await writer.WriteElementStringAsync(null, "rsa-public-key", EwpNamespaces.Manifest, Convert.ToBase64String(key.PublicKeyDer));
        }

        await writer.WriteEndElementAsync();
    }
}
