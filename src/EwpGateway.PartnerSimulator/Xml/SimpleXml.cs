using System.Xml.Linq;
using EwpGateway.PartnerSimulator.Data;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>The small documents: Echo v2, Institutions v2 and the empty CNR responses.</summary>
internal static class SimpleXml
{
    public static XElement Echo(IEnumerable<string> heiIds, IEnumerable<string> echoes)
    {
        XNamespace e = SimNamespaces.Echo;
        return new XElement(e + "response", heiIds.Select(h => new XElement(e + "hei-id", h)), echoes.Select(v => new XElement(e + "echo", v)));
    }

    public static XElement Institutions(IEnumerable<string> heiIds)
    {
        XNamespace i = SimNamespaces.Institutions;
        return new XElement(
            i + "institutions-response",
            heiIds.Select(id => new XElement(
                i + "hei",
                new XElement(i + "hei-id", id),
                SampleInstitutions.ErasmusCodeOf(id) is { } erasmus ? new XElement(i + "other-id", new XAttribute("type", "erasmus"), erasmus) : null,
                new XElement(i + "name", new XAttribute(XNamespace.Xml + "lang", "en"), SampleInstitutions.NameOf(id)))));
    }

    public static XElement CnrResponse(SimEndpoint endpoint) => endpoint switch
    {
        SimEndpoint.IiaCnr => new XElement(SimNamespaces.IiaCnr + "iia-cnr-response"),
        SimEndpoint.IiaApprovalCnr => new XElement(SimNamespaces.IiaApprovalCnr + "iia-approval-cnr-response"),
        SimEndpoint.OmobilityCnr => new XElement(SimNamespaces.OmobilityCnr + "omobility-cnr-response"),
        _ => new XElement(SimNamespaces.TorCnr + "imobility-tor-cnr-response"),
    };
}
