using System.Xml.Linq;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// The test network's registry catalogue with one more host: <see cref="HostilePartner"/>, implementing the APIs the sync
/// sources read (IIAs v7, IIAs Approval v2, Outgoing Mobilities v3, IMobility ToRs v2) and listing its server key.
/// </summary>
internal static class HostileCatalogue
{
    private const string Gh = "https://github.com/erasmus-without-paper/";
    private static readonly XNamespace R = Gh + "ewp-specs-api-registry/tree/stable-v1";
    private static readonly XNamespace Ewp = Gh + "ewp-specs-architecture/blob/stable-v1/common-types.xsd";
    private static readonly XNamespace Sec = Gh + "ewp-specs-sec-intro/tree/stable-v2";

    public static string With(string catalogueXml, HostilePartner partner)
    {
        var catalogue = XDocument.Parse(catalogueXml);
        var root = catalogue.Root!;
        var url = partner.BaseUrl.AbsoluteUri;
        var host = new XElement(
            R + "host",
            new XElement(Ewp + "admin-email", "admin@" + HostilePartner.HeiId),
            new XElement(
                R + "apis-implemented",
                Entry("iias", 7, "7.0.0", ("get-url", url + "iias/get"), ("max-iia-ids", "3"), ("index-url", url + "iias/index")),
                Entry("iias-approval", 2, "2.0.0", ("url", url + "iias-approval"), ("max-iia-ids", "3")),
                Entry(
                    "omobilities", 3, "3.0.0", ("get-url", url + "omobilities/get"), ("index-url", url + "omobilities/index"),
                    ("update-url", url + "omobilities/update"), ("max-omobility-ids", "3")),
                Entry("imobility-tors", 2, "2.0.0", ("get-url", url + "tors/get"), ("index-url", url + "tors/index"), ("max-omobility-ids", "3"))),
            new XElement(R + "institutions-covered", new XElement(R + "hei-id", HostilePartner.HeiId)),
            new XElement(R + "client-credentials-in-use", new XElement(R + "rsa-public-key", new XAttribute("sha-256", partner.ClientKey.KeyId))),
            new XElement(R + "server-credentials-in-use", new XElement(R + "rsa-public-key", new XAttribute("sha-256", partner.ServerKey.KeyId))));
        root.Element(R + "institutions")!.AddBeforeSelf(host);
        root.Element(R + "institutions")!.Add(
            new XElement(R + "hei", new XAttribute("id", HostilePartner.HeiId), new XElement(R + "name", new XAttribute(XNamespace.Xml + "lang", "en"), "Hostile University")));
        foreach (var key in new[] { partner.ClientKey, partner.ServerKey })
        {
            root.Element(R + "binaries")!.Add(
                new XElement(R + "rsa-public-key", new XAttribute("sha-256", key.KeyId), Convert.ToBase64String(key.PublicKeyDer)));
        }

        return catalogue.Declaration + Environment.NewLine + catalogue.Root;
    }

    private static XElement Entry(string api, int major, string version, params (string Name, string Value)[] children)
    {
        XNamespace ns = Gh + $"ewp-specs-api-{api}/blob/stable-v{major}/manifest-entry.xsd";
        return new XElement(
            ns + api,
            new XAttribute("version", version),
            new XElement(
                ns + "http-security",
                new XElement(Sec + "client-auth-methods", new XElement((XNamespace)(Gh + "ewp-specs-sec-cliauth-httpsig/tree/stable-v1") + "httpsig")),
                new XElement(Sec + "server-auth-methods", new XElement((XNamespace)(Gh + "ewp-specs-sec-srvauth-httpsig/tree/stable-v1") + "httpsig"))),
            children.Select(c => new XElement(ns + c.Name, c.Value)));
    }
}
