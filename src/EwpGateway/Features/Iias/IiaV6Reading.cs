using System.Xml.Linq;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Reads a partner's IIAs v6 get-response as far as the v7 model goes: element names are the same but for the academic
/// years (v6 lists every <c>receiving-academic-year-id</c>; v7 keeps the first and the last), and v6's
/// <c>conditions-hash</c> and embedded <c>pdf</c> have no v7 counterpart. The result is read by <see cref="IiaXmlReader"/>.
/// </summary>
internal static class IiaV6Reading
{
    public const string V6Marker = "/stable-v6/";

    private static readonly XNamespace V7 = EwpNamespaces.IiasGetResponse;

    public static bool IsV6(XDocument document) =>
        document.Root?.Name.NamespaceName.Contains(V6Marker, StringComparison.Ordinal) == true;

    /// <summary>A v7-shaped copy of a v6 document (the input is not changed).</summary>
    public static XDocument ToV7(XDocument v6)
    {
        ArgumentNullException.ThrowIfNull(v6);
        var copy = new XDocument(v6);
        var v6Namespace = copy.Root!.Name.Namespace;
        foreach (var element in copy.Root.DescendantsAndSelf().Where(e => e.Name.Namespace == v6Namespace))
        {
            element.Name = V7 + element.Name.LocalName;
        }

        copy.Root.Attributes().Where(a => a.IsNamespaceDeclaration && a.Value == v6Namespace.NamespaceName).Remove();
        foreach (var spec in copy.Root.Descendants(V7 + "cooperation-conditions").Elements())
        {
            var years = spec.Elements(V7 + "receiving-academic-year-id").ToList();
            if (years.Count > 0)
            {
                years[0].AddBeforeSelf(
                    new XElement(V7 + "receiving-first-academic-year-id", years[0].Value),
                    new XElement(V7 + "receiving-last-academic-year-id", years[^1].Value));
                years.Remove();
            }
        }

        copy.Root.Descendants().Where(e => e.Name == V7 + "conditions-hash" || e.Name == V7 + "pdf").Remove();
        return copy;
    }
}
