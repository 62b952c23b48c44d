using System.Collections.Concurrent;
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

    // Most element paths (grandparent.parent.element) kept; see Path3.
    private const int MaxPaths = 2048;

    private static readonly ConcurrentDictionary<(string, string, string), string> Paths = new();

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
        var root = ResponseRoot(document.Root ?? throw new FormatException("The document has no root element."));
        var isV6 = IsV6(root);
        var (terminated, validForApproval) = DocumentFlags(root.Descendants(), isV6);
        return root.Elements().Where(e => e.Name.LocalName == "iia")
            .Select(iia => Hash(iia, isV6, terminated, validForApproval))
            .ToList();
    }

    /// <summary>
    /// Hashes one <c>&lt;iia&gt;</c> of a get-response as <see cref="Compute"/> hashes it alone under a copy of its
    /// response root (the other IIAs of the response do not count), without copying it.
    /// </summary>
    public static IiaHashResult ComputeOne(XElement iia)
    {
        ArgumentNullException.ThrowIfNull(iia);
        var root = ResponseRoot(iia.Parent ?? throw new FormatException("The IIA is not inside a get-response."));
        var isV6 = IsV6(root);
        var (terminated, validForApproval) = DocumentFlags(iia.DescendantsAndSelf(), isV6);
        return Hash(iia, isV6, terminated, validForApproval);
    }

    private static XElement ResponseRoot(XElement root) => root.Name.LocalName == "iias-get-response"
        ? root
        : throw new FormatException($"Expected an iias-get-response, found <{root.Name.LocalName}>.");

    private static bool IsV6(XElement root) => root.Name.NamespaceName.Contains(V6Marker, StringComparison.Ordinal);

    /// <summary>Quirks Q1 and Q2: a terminated IIA or a not-yet-defined value anywhere under the root affects every IIA.</summary>
    private static (bool Terminated, bool ValidForApproval) DocumentFlags(IEnumerable<XElement> underRoot, bool isV6)
    {
        var terminated = false;
        var validForApproval = true;
        foreach (var e in underRoot)
        {
            terminated |= !isV6 && e.Name.LocalName == "cooperation-conditions" && IsTrue(e.Attribute("terminated-as-a-whole"));
            validForApproval &= isV6 || !(IsTrue(e.Attribute("not-yet-defined")) || !string.IsNullOrEmpty(e.Attribute("v6-value")?.Value));
        }

        return (terminated, validForApproval);
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

        var text = IiaHashField.Text(fields);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return new IiaHashResult(partnerIds.FirstOrDefault() ?? "", text, hash, validForApproval, fields, partnerIds);
    }

    private static void AppendSpecV7(List<IiaHashField> fields, XElement spec)
    {
        // Every element under the spec in document order, skipping (its own fields only) those inside a contact, the
        // receiving years (added last) and those that are, or are inside, a not-yet-defined element; walked once with
        // the state of the ancestors carried down rather than looked up per element.
        AppendV7Fields(fields, spec, insideContact: false, notYetDefined: spec.AncestorsAndSelf().Any(e => IsTrue(e.Attribute("not-yet-defined"))));
        fields.Add(new IiaHashField("receiving-first-academic-year-id", Child(spec, "receiving-first-academic-year-id")?.Value ?? ""));
        fields.Add(new IiaHashField("receiving-last-academic-year-id", Child(spec, "receiving-last-academic-year-id")?.Value ?? ""));
    }

    private static void AppendV7Fields(List<IiaHashField> fields, XElement parent, bool insideContact, bool notYetDefined)
    {
        for (var node = parent.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is not XElement element)
            {
                continue;
            }

            var name = element.Name.LocalName;
            var undefined = notYetDefined || IsTrue(element.Attribute("not-yet-defined"));
            if (!insideContact && !undefined && name is not ("receiving-first-academic-year-id" or "receiving-last-academic-year-id"))
            {
                AppendV7Element(fields, element);
            }

            AppendV7Fields(fields, element, insideContact || name is "sending-contact" or "receiving-contact", undefined);
        }
    }

    private static void AppendV7Element(List<IiaHashField> fields, XElement element)
    {
        var path = Path3(element);
        for (var attribute = element.FirstAttribute; attribute is not null; attribute = attribute.NextAttribute)
        {
            if (attribute.IsNamespaceDeclaration || attribute.Name.LocalName is "not-yet-defined" or "v6-value")
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
    private static string Path3(XElement element)
    {
        // Local names are atomized (one string per name), so a path is found by the three references; the schema's few
        // hundred paths are made once each (a string per element was 4 % of a reconciliation's allocations), and a
        // partner's unknown names beyond the cap are written each time rather than kept.
        var key = (element.Parent?.Parent?.Name.LocalName ?? "", element.Parent?.Name.LocalName ?? "", element.Name.LocalName);
        if (Paths.TryGetValue(key, out var path))
        {
            return path;
        }

        path = $"{key.Item1}.{key.Item2}.{key.Item3}";
        if (Paths.Count < MaxPaths)
        {
            Paths.TryAdd(key, path);
        }

        return path;
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    // The XSLT compares the raw attribute string: " true " does not count (quirk Q3).
    private static bool IsTrue(XAttribute? attribute) => attribute?.Value is "true" or "1";
}
