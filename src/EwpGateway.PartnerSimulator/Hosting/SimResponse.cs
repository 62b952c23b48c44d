using System.Xml.Linq;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>What an endpoint answers before faults and signing.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The XML body.</param>
internal sealed record SimResponse(int Status, XElement Body)
{
    public static SimResponse Ok(XElement body) => new(200, body);

    public static SimResponse Error(int status, string message) => new(status, Xml.ErrorXml.Of(message));
}
