using System.Security.Cryptography;
using System.Xml.Linq;
using EwpGateway.HttpSignatures;
using EwpGateway.PartnerSimulator.Xml;

namespace EwpGateway.PartnerSimulator.Registry;

/// <summary>
/// The registry catalogue v1 of a simulated network: one host per partner (its APIs as its manifest announces them,
/// its HEI, its client and server keys) and one for the gateway (its APIs under its base URL, when known).
/// </summary>
internal static class CatalogueXml
{
    public static XElement Of(IReadOnlyList<SimulatedPartner> partners, SimulatorOptions options)
    {
        XNamespace r = SimNamespaces.Registry;
        var keys = new Dictionary<string, RSA>(StringComparer.Ordinal);
        string Listed(RSA key)
        {
            var id = KeyFingerprint.Compute(key);
            keys.TryAdd(id, key);
            return id;
        }

        var hosts = new List<XElement>
        {
            Host(
                "ewp-admin@" + options.GatewayHeiId,
                options.GatewayBaseUrl is { } gateway ? ApiEntriesXml.ForGateway(gateway, options.MaxIds) : [],
                options.GatewayHeiId,
                options.GatewayClientKeys.Select(Listed),
                options.GatewayServerKeys.Select(Listed)),
        };
        foreach (var partner in partners)
        {
            hosts.Add(Host(
                "ewp-admin@" + partner.HeiId,
                ApiEntriesXml.ForPartner(partner.BaseUrl, partner.Faults.V6Only, options.MaxIds),
                partner.HeiId,
                [Listed(partner.Keys.Client)],
                [Listed(partner.Keys.Server)]));
        }

        return new XElement(
            r + "catalogue",
            new XAttribute(XNamespace.Xmlns + "ewp", SimNamespaces.Ewp),
            new XAttribute(XNamespace.Xmlns + "sec", SimNamespaces.Sec),
            hosts,
            new XElement(r + "institutions", new[] { options.GatewayHeiId }.Concat(partners.Select(p => p.HeiId)).Select(ManifestXml.Hei)),
            new XElement(
                r + "binaries",
                keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => new XElement(
                    r + "rsa-public-key", new XAttribute("sha-256", k.Key), Convert.ToBase64String(k.Value.ExportSubjectPublicKeyInfo())))));
    }

    private static XElement Host(string adminEmail, IEnumerable<XElement> apis, string heiId, IEnumerable<string> clientKeys, IEnumerable<string> serverKeys)
    {
        XNamespace r = SimNamespaces.Registry;
        return new XElement(
            r + "host",
            new XElement(SimNamespaces.Ewp + "admin-email", adminEmail),
            new XElement(r + "apis-implemented", apis),
            new XElement(r + "institutions-covered", new XElement(r + "hei-id", heiId)),
            new XElement(r + "client-credentials-in-use", clientKeys.Select(k => new XElement(r + "rsa-public-key", new XAttribute("sha-256", k)))),
            new XElement(r + "server-credentials-in-use", serverKeys.Select(k => new XElement(r + "rsa-public-key", new XAttribute("sha-256", k)))));
    }
}
