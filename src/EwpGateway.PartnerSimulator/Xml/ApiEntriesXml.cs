using System.Globalization;
using System.Xml.Linq;
using EwpGateway.PartnerSimulator.Hosting;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>
/// The manifest API entries of a host (the children of <c>r:apis-implemented</c>), for a simulated partner and for
/// the gateway; the same elements go into a partner's manifest and into the registry catalogue.
/// </summary>
internal static class ApiEntriesXml
{
    public static IEnumerable<XElement> ForPartner(Uri baseUrl, bool v6Only, int maxIds) =>
        Entries(baseUrl, SimRoutes.PartnerPaths, v6Only, maxIds, stats: false);

    public static IEnumerable<XElement> ForGateway(Uri baseUrl, int maxIds) =>
        Entries(baseUrl, SimRoutes.GatewayPaths, v6Only: false, maxIds, stats: true);

    private static IEnumerable<XElement> Entries(Uri baseUrl, IReadOnlyDictionary<SimEndpoint, string> paths, bool v6Only, int maxIds, bool stats)
    {
        string Url(SimEndpoint endpoint) => SimRoutes.Combine(baseUrl, paths[endpoint]).AbsoluteUri;
        var max = maxIds.ToString(CultureInfo.InvariantCulture);

        var discovery = SimNamespaces.EntryOf("discovery", 6);
        yield return new XElement(discovery + "discovery", new XAttribute("version", "6.0.0"), new XElement(discovery + "url", Url(SimEndpoint.Manifest)));

        yield return Entry("echo", 2, "2.0.1", ("url", Url(SimEndpoint.Echo)));
        yield return Entry("institutions", 2, "2.2.0", ("url", Url(SimEndpoint.Institutions)), ("max-hei-ids", max));
        if (v6Only)
        {
            yield return Entry(
                "iias", 6, "6.3.0",
                ("get-url", Url(SimEndpoint.IiasGet)), ("max-iia-ids", max), ("max-iia-codes", max), ("index-url", Url(SimEndpoint.IiasIndex)));
        }
        else
        {
            var iias = new List<(string, string)> { ("get-url", Url(SimEndpoint.IiasGet)), ("max-iia-ids", max), ("index-url", Url(SimEndpoint.IiasIndex)) };
            if (stats)
            {
                iias.Add(("stats-url", SimRoutes.Combine(baseUrl, SimRoutes.GatewayIiasStatsPath).AbsoluteUri));
            }

            yield return Entry("iias", 7, "7.0.0", [.. iias]);
            yield return Entry("iias-approval", 2, "2.0.0", ("url", Url(SimEndpoint.IiasApproval)), ("max-iia-ids", max));
        }

        yield return Entry(
            "omobilities", 3, "3.0.0",
            ("get-url", Url(SimEndpoint.OmobilitiesGet)), ("index-url", Url(SimEndpoint.OmobilitiesIndex)),
            ("update-url", Url(SimEndpoint.OmobilitiesUpdate)), ("max-omobility-ids", max));
        yield return Entry(
            "imobility-tors", 2, "2.0.0",
            ("get-url", Url(SimEndpoint.TorsGet)), ("index-url", Url(SimEndpoint.TorsIndex)), ("max-omobility-ids", max));
        yield return Entry("iia-cnr", 3, "3.0.0", ("url", Url(SimEndpoint.IiaCnr)));
        yield return Entry("iia-approval-cnr", 2, "2.0.0", ("url", Url(SimEndpoint.IiaApprovalCnr)));
        yield return Entry("omobility-cnr", 2, "2.0.0", ("url", Url(SimEndpoint.OmobilityCnr)), ("max-omobility-ids", max));
        yield return Entry("imobility-tor-cnr", 2, "2.0.0", ("url", Url(SimEndpoint.TorCnr)), ("max-omobility-ids", max));
    }

    private static XElement Entry(string api, int major, string version, params (string Name, string Value)[] children)
    {
        var ns = SimNamespaces.EntryOf(api, major);
        return new XElement(
            ns + api,
            new XAttribute("version", version),
            HttpSecurity(ns),
            children.Select(c => new XElement(ns + c.Name, c.Value)));
    }

    private static XElement HttpSecurity(XNamespace entry) => new(
        entry + "http-security",
        new XElement(SimNamespaces.Sec + "client-auth-methods", new XElement(SimNamespaces.CliAuthHttpSig + "httpsig")),
        new XElement(
            SimNamespaces.Sec + "server-auth-methods",
            new XElement(SimNamespaces.SrvAuthTlsCert + "tlscert"),
            new XElement(SimNamespaces.SrvAuthHttpSig + "httpsig")));
}
