using System.Security.Cryptography;
using System.Xml.Linq;

namespace EwpGateway.Features.Registry;

/// <summary>
/// Turns a schema-valid catalogue document into a <see cref="RegistryCatalogue"/>. Keys in <c>r:binaries</c>
/// whose stated <c>sha-256</c> does not match their content, or that are not RSA keys, are skipped.
/// </summary>
internal sealed class RegistryCatalogueParser(ILogger<RegistryCatalogueParser> logger)
{
    public const string Namespace = "https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1";
    private static readonly XNamespace R = Namespace;
    private static readonly XNamespace XmlNs = XNamespace.Xml;

    public RegistryCatalogue Parse(XDocument document, DateTimeOffset loadedAt)
    {
        ArgumentNullException.ThrowIfNull(document);
        var root = document.Root ?? throw new InvalidDataException("The catalogue has no root element.");
        if (root.Name != R + "catalogue")
        {
            throw new InvalidDataException($"The root element is {root.Name}, not a registry catalogue.");
        }

        var hosts = root.Elements(R + "host").Select(ParseHost).ToList();
        var institutions = root.Elements(R + "institutions").Elements(R + "hei").Select(ParseInstitution).ToList();
        var keys = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var element in root.Elements(R + "binaries").Elements(R + "rsa-public-key"))
        {
            if (ParseKey(element) is { } key)
            {
                keys[key.Fingerprint] = key.Der;
            }
        }

        return new RegistryCatalogue(hosts, institutions, keys, loadedAt);
    }

    private static RegistryHost ParseHost(XElement host)
    {
        var heiIds = host.Elements(R + "institutions-covered").Elements(R + "hei-id")
            .Select(e => e.Value.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        var client = host.Elements(R + "client-credentials-in-use").ToList();
        var apis = host.Elements(R + "apis-implemented").Elements().Select(e => ParseApi(e, heiIds)).ToArray();
        return new RegistryHost(
            heiIds,
            apis,
            Fingerprints(client.Elements(R + "rsa-public-key")),
            Fingerprints(client.Elements(R + "certificate")),
            Fingerprints(host.Elements(R + "server-credentials-in-use").Elements(R + "rsa-public-key")));
    }

    private static RegistryApiEntry ParseApi(XElement api, IReadOnlyList<string> heiIds)
    {
        var children = api.Elements().ToList();
        return new RegistryApiEntry(
            api.Name.LocalName,
            api.Name.NamespaceName,
            ((string?)api.Attribute("version"))?.Trim() ?? "",
            ToMap(children.Where(c => c.Name.LocalName.EndsWith("url", StringComparison.Ordinal))),
            ToMap(children.Where(c => c.Name.LocalName.StartsWith("max-", StringComparison.Ordinal))),
            heiIds);
    }

    private static RegistryInstitution ParseInstitution(XElement hei) => new(
        ((string?)hei.Attribute("id"))?.Trim() ?? "",
        hei.Elements(R + "other-id").Select(e => KeyValuePair.Create(((string?)e.Attribute("type")) ?? "", e.Value.Trim())).ToArray(),
        hei.Elements(R + "name").Select(e => KeyValuePair.Create((string?)e.Attribute(XmlNs + "lang"), e.Value.Trim())).ToArray());

    private (string Fingerprint, byte[] Der)? ParseKey(XElement element)
    {
        var stated = ((string?)element.Attribute("sha-256"))?.Trim().ToLowerInvariant() ?? "";
        byte[] der;
        try
        {
            der = Convert.FromBase64String(string.Concat(element.Value.Where(c => !char.IsWhiteSpace(c))));
        }
        catch (FormatException)
        {
            RegistryLog.KeySkipped(logger, stated, "content is not base64");
            return null;
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(der));
        if (!string.Equals(actual, stated, StringComparison.Ordinal))
        {
            RegistryLog.KeyFingerprintMismatch(logger, stated, actual);
            return null;
        }

        try
        {
            using var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(der, out _);
        }
        catch (CryptographicException)
        {
            RegistryLog.KeySkipped(logger, stated, "not an RSA SubjectPublicKeyInfo");
            return null;
        }

        return (actual, der);
    }

    private static IReadOnlySet<string> Fingerprints(IEnumerable<XElement> elements) =>
        elements.Select(e => ((string?)e.Attribute("sha-256"))?.Trim().ToLowerInvariant())
            .OfType<string>().Where(v => v.Length > 0).ToHashSet(StringComparer.Ordinal);

    private static IReadOnlyDictionary<string, string> ToMap(IEnumerable<XElement> elements)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in elements)
        {
            map.TryAdd(e.Name.LocalName, e.Value.Trim());
        }

        return map;
    }
}
