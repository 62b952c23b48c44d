using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;

namespace EwpGateway.PartnerSimulator;

/// <summary>
/// The IIAs v7 <c>iia-hash</c>: SHA-256 (lower-case hex, over UTF-8) of a text built from both partners' IIA ids and
/// the leaf values of every mobility spec, as the official v7 XSLT builds it. The simulator's own implementation,
/// written from the algorithm's description and checked against the official examples.
/// </summary>
public static class IiaHash
{
    private static readonly HashSet<string> YearElements = new(StringComparer.Ordinal)
    {
        "receiving-first-academic-year-id", "receiving-last-academic-year-id",
    };

    /// <summary>Computes the hash of one <c>iia</c> element (parsed, whitespace preserved).</summary>
    /// <param name="iia">The <c>iia</c> element, inside its <c>iias-get-response</c> document.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string Compute(XElement iia) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(TextToHash(iia))));

    /// <summary>Builds the text the hash is computed over.</summary>
    /// <param name="iia">The <c>iia</c> element.</param>
    /// <returns>The text, without a trailing newline.</returns>
    public static string TextToHash(XElement iia)
    {
        ArgumentNullException.ThrowIfNull(iia);
        var text = new StringBuilder();

        // The official transform looks for the marker in the whole document, not only in this IIA.
        var scope = iia.Document?.Root ?? iia;
        if (scope.DescendantsAndSelf().Any(e => e.Name.LocalName == "cooperation-conditions" && IsTrue(e.Attribute("terminated-as-a-whole"))))
        {
            text.Append("_@terminated-as-a-whole@_");
        }

        var position = 0;
        foreach (var partner in iia.Elements().Where(e => e.Name.LocalName == "partner"))
        {
            position++;
            var id = partner.Elements().FirstOrDefault(e => e.Name.LocalName == "iia-id")?.Value ?? "";
            text.Append("_iia-id_").Append(position).Append('=').Append(id).Append('_');
        }

        foreach (var conditions in iia.Elements().Where(e => e.Name.LocalName == "cooperation-conditions"))
        {
            foreach (var spec in conditions.Elements())
            {
                AppendSpec(text, spec);
            }
        }

        return text.ToString();
    }

    private static void AppendSpec(StringBuilder text, XElement spec)
    {
        foreach (var element in spec.Descendants())
        {
            if (IsSkipped(element, spec))
            {
                continue;
            }

            var path = PathOf(element);
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                var name = attribute.Name.LocalName;
                if (name is not ("not-yet-defined" or "v6-value"))
                {
                    text.Append("_@").Append(path).Append('.').Append(name).Append('=').Append(attribute.Value).Append("@_");
                }
            }

            if (!element.HasElements)
            {
                var value = element.Value;
                if (element.Name.LocalName == "isced-f-code" && element.Attribute("v6-value") is { Value.Length: > 0 } v6)
                {
                    value = v6.Value;
                }

                text.Append('_').Append(path).Append('=').Append(value).Append('_');
            }
        }

        text.Append("_receiving-first-academic-year-id=").Append(ChildValue(spec, "receiving-first-academic-year-id")).Append('_');
        text.Append("_receiving-last-academic-year-id=").Append(ChildValue(spec, "receiving-last-academic-year-id")).Append('_');
    }

    private static bool IsSkipped(XElement element, XElement spec)
    {
        if (YearElements.Contains(element.Name.LocalName))
        {
            return true;
        }

        for (var current = element; current is not null && current != spec; current = current.Parent)
        {
            if (IsTrue(current.Attribute("not-yet-defined")))
            {
                return true;
            }

            if (current != element && current.Name.LocalName is "sending-contact" or "receiving-contact")
            {
                return true;
            }
        }

        return false;
    }

    private static string PathOf(XElement element)
    {
        var parent = element.Parent!;
        var grandparent = parent.Parent!;
        return grandparent.Name.LocalName + "." + parent.Name.LocalName + "." + element.Name.LocalName;
    }

    private static string ChildValue(XElement spec, string name) =>
        spec.Elements().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

    // The official transform compares the raw string: " true " does not count.
    private static bool IsTrue(XAttribute? attribute) => attribute?.Value is "true" or "1";
}
