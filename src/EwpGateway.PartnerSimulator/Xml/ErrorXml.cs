using System.Xml.Linq;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>The EWP <c>error-response</c>.</summary>
internal static class ErrorXml
{
    public static XElement Of(string developerMessage) =>
        new(SimNamespaces.Ewp + "error-response", new XElement(SimNamespaces.Ewp + "developer-message", developerMessage));
}
