using System.Xml.Linq;

namespace EwpGateway.PartnerSimulator.Faults;

/// <summary>The faults that bend a response body: cut XML, an element the XSD forbids, or a required element left out.</summary>
internal static class BodyFaults
{
    /// <summary>What <see cref="SimFaultKind.MissingRequiredElement"/> removes, per endpoint (the XSD requires each).</summary>
    private static readonly IReadOnlyDictionary<SimEndpoint, string> RequiredElement = new Dictionary<SimEndpoint, string>
    {
        [SimEndpoint.IiasGet] = "iia-hash",
        [SimEndpoint.IiasApproval] = "iia-id",
        [SimEndpoint.Institutions] = "hei-id",
        [SimEndpoint.OmobilitiesGet] = "omobility-id",
        [SimEndpoint.TorsGet] = "omobility-id",
        [SimEndpoint.Manifest] = "host",
    };

    /// <summary>Applies the structural faults to the document (in place).</summary>
    public static void Apply(XElement body, SimEndpoint endpoint, IReadOnlyList<SimFault> faults)
    {
        if (faults.Any(f => f.Kind == SimFaultKind.MissingRequiredElement) && RequiredElement.TryGetValue(endpoint, out var name))
        {
            body.Descendants().Where(e => e.Name.LocalName == name).ToList().ForEach(e => e.Remove());
        }

        if (faults.Any(f => f.Kind == SimFaultKind.SchemaViolation))
        {
            body.AddFirst(new XElement(body.Name.Namespace + "simulator-unexpected-element", "not allowed by the XSD"));
        }
    }

    /// <summary>Cuts a serialised body in the middle when <see cref="SimFaultKind.MalformedXml"/> applies.</summary>
    public static byte[] Cut(byte[] body, IReadOnlyList<SimFault> faults) =>
        faults.Any(f => f.Kind == SimFaultKind.MalformedXml) ? body[..(body.Length / 2)] : body;
}
