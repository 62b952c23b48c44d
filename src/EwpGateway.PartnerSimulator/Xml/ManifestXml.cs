using System.Xml.Linq;
using EwpGateway.PartnerSimulator.Data;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>A simulated partner's Discovery v6 manifest: one host, its APIs, its HEI and its public keys.</summary>
internal static class ManifestXml
{
    public static XElement Of(SimulatedPartner partner, int maxIds)
    {
        XNamespace m = SimNamespaces.Manifest;
        XNamespace r = SimNamespaces.Registry;
        return new XElement(
            m + "manifest",
            new XAttribute(XNamespace.Xmlns + "ewp", SimNamespaces.Ewp),
            new XAttribute(XNamespace.Xmlns + "r", r),
            new XAttribute(XNamespace.Xmlns + "sec", SimNamespaces.Sec),
            new XElement(
                m + "host",
                new XElement(SimNamespaces.Ewp + "admin-email", "ewp-admin@" + partner.HeiId),
                new XElement(SimNamespaces.Ewp + "admin-provider", "EwpGateway partner simulator"),
                new XElement(r + "apis-implemented", ApiEntriesXml.ForPartner(partner.BaseUrl, partner.Faults.V6Only, maxIds)),
                new XElement(m + "institutions-covered", Hei(partner.HeiId)),
                new XElement(m + "client-credentials-in-use", new XElement(m + "rsa-public-key", Convert.ToBase64String(partner.Keys.Client.ExportSubjectPublicKeyInfo()))),
                new XElement(m + "server-credentials-in-use", new XElement(m + "rsa-public-key", Convert.ToBase64String(partner.Keys.Server.ExportSubjectPublicKeyInfo())))));
    }

    /// <summary>The <c>r:hei</c> element of a HEI: id, Erasmus code when known, English name.</summary>
    public static XElement Hei(string heiId)
    {
        XNamespace r = SimNamespaces.Registry;
        return new XElement(
            r + "hei",
            new XAttribute("id", heiId),
            SampleInstitutions.ErasmusCodeOf(heiId) is { } erasmus ? new XElement(r + "other-id", new XAttribute("type", "erasmus"), erasmus) : null,
            new XElement(r + "name", new XAttribute(XNamespace.Xml + "lang", "en"), SampleInstitutions.NameOf(heiId)));
    }
}
