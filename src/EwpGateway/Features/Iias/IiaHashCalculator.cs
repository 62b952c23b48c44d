using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Computes the IIAs v7 <c>iia-hash</c> of every <c>&lt;iia&gt;</c> in a get-response (v7, or v6 for the
/// v7-comparable hash of a partner's v6 copy), reproducing the official XSLT (transform_version_7/6.xsl),
/// quirks included, as <c>shared/docs/iia-hash.md</c> describes.
/// </summary>
internal static class IiaHashCalculator
{
    private const string V6Marker = "/stable-v6/";

    /// <summary>Loads a document the way the hash needs it: whitespace-only text kept.</summary>
    public static XDocument Parse(Stream xml)
    {
        using var reader = HardenedXml.CreateReader(xml);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    /// <summary>
    /// Hashes every IIA of the document. As in the official XSLT, a terminated IIA or a not-yet-defined value
    /// anywhere in the document affects every IIA of it (quirks Q1 and Q2); hash one IIA per document to avoid that.
    /// </summary>
    public static IReadOnlyList<IiaHashResult> Compute(XDocument document)
    {
        var root = document.Root ?? throw new FormatException("The document has no root element.");
        if (root.Name.LocalName != "iias-get-response")
        {
            throw new FormatException($"Expected an iias-get-response, found <{root.Name.LocalName}>.");
        }

        var isV6 = root.Name.NamespaceName.Contains(V6Marker, StringComparison.Ordinal);
        var terminated = !isV6 && root.Descendants()
            .Where(e => e.Name.LocalName == "cooperation-conditions")
            .Any(e => IsTrue(e.Attribute("terminated-as-a-whole")));
        var validForApproval = isV6 || !root.Descendants().Any(e =>
            IsTrue(e.Attribute("not-yet-defined")) || !string.IsNullOrEmpty(e.Attribute("v6-value")?.Value));

        return root.Elements().Where(e => e.Name.LocalName == "iia")
            .Select(iia => Hash(iia, isV6, terminated, validForApproval))
            .ToList();
    }

    private static IiaHashResult Hash(XElement iia, bool isV6, bool terminated, bool validForApproval)
    {
        var fields = new List<IiaHashField>();
        if (terminated)
        {
            fields.Add(new IiaHashField("terminated-as-a-whole", "", IiaHashFieldKind.Marker));
        }

        var partners = iia.Elements().Where(e => e.Name.LocalName == "partner").ToList();
        var partnerIds = partners.Select(p => Child(p, "iia-id")?.Value ?? "").ToList();
        for (var k = 0; k < partners.Count; k++)
        {
            fields.Add(new IiaHashField($"iia-id_{k + 1}", partnerIds[k]));
        }

        var conditions = Child(iia, "cooperation-conditions");
        foreach (var spec in conditions?.Elements() ?? [])
        {
            if (isV6)
            {
                AppendSpecV6(fields, spec);
            }
            else
            {
                AppendSpecV7(fields, spec);
            }
        }

        var text = string.Concat(fields.Select(f => f.Render()));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new IiaHashResult(partnerIds.FirstOrDefault() ?? "", text, hash, validForApproval, fields, partnerIds);
    }

    private static void AppendSpecV7(List<IiaHashField> fields, XElement spec)
    {
        foreach (var element in spec.Descendants())
        {
            if (IsInsideContact(element, spec)
                || element.Name.LocalName is "receiving-first-academic-year-id" or "receiving-last-academic-year-id"
                || element.AncestorsAndSelf().Any(e => IsTrue(e.Attribute("not-yet-defined"))))
            {
                continue;
            }

            var path = Path3(element);
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                if (attribute.Name.LocalName is "not-yet-defined" or "v6-value")
                {
                    continue;
                }

                fields.Add(new IiaHashField($"{path}.{attribute.Name.LocalName}", attribute.Value, IiaHashFieldKind.Attribute));
            }

            if (!element.HasElements)
            {
                var value = element.Name.LocalName == "isced-f-code" && element.Attribute("v6-value") is { Value.Length: > 0 } v6
                    ? v6.Value
                    : element.Value;
                fields.Add(new IiaHashField(path, value));
            }
        }

        fields.Add(new IiaHashField("receiving-first-academic-year-id", Child(spec, "receiving-first-academic-year-id")?.Value ?? ""));
        fields.Add(new IiaHashField("receiving-last-academic-year-id", Child(spec, "receiving-last-academic-year-id")?.Value ?? ""));
    }

    private static void AppendSpecV6(List<IiaHashField> fields, XElement spec)
    {
        foreach (var element in spec.Descendants())
        {
            if (IsInsideContact(element, spec) || element.Name.LocalName == "receiving-academic-year-id" || element.HasElements)
            {
                continue;
            }

            fields.Add(new IiaHashField(Path3(element), element.Value));
        }

        var years = spec.Elements().Where(e => e.Name.LocalName == "receiving-academic-year-id").ToList();
        fields.Add(new IiaHashField("receiving-first-academic-year-id", years.FirstOrDefault()?.Value ?? ""));
        fields.Add(new IiaHashField("receiving-last-academic-year-id", years.LastOrDefault()?.Value ?? ""));
    }

    private static bool IsInsideContact(XElement element, XElement spec) =>
        element.Ancestors().TakeWhile(e => e != spec).Any(e => e.Name.LocalName is "sending-contact" or "receiving-contact");

    /// <summary>grandparent.parent.element, local names only.</summary>
    private static string Path3(XElement element) =>
        $"{element.Parent?.Parent?.Name.LocalName}.{element.Parent?.Name.LocalName}.{element.Name.LocalName}";

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    // The XSLT compares the raw attribute string: " true " does not count (quirk Q3).
    private static bool IsTrue(XAttribute? attribute) => attribute?.Value is "true" or "1";
}
