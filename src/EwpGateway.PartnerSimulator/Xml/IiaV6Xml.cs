using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>
/// IIAs v6 <c>get</c>/<c>index</c> responses, for a partner that still implements v6 only: every receiving academic
/// year listed, and the legacy <c>conditions-hash</c> (SHA-256 of the exclusive C14N of <c>cooperation-conditions</c>).
/// </summary>
internal static class IiaV6Xml
{
    private static readonly XNamespace N = SimNamespaces.IiasGetV6;

    public static XElement GetResponse(string partnerHeiId, string gatewayHeiId, IEnumerable<SimAgreement> agreements) =>
        new(N + "iias-get-response", agreements.Select(a => Iia(partnerHeiId, gatewayHeiId, a)));

    public static XElement IndexResponse(IEnumerable<string> ids) =>
        new(SimNamespaces.IiasIndexV6 + "iias-index-response", ids.Select(id => new XElement(SimNamespaces.IiasIndexV6 + "iia-id", id)));

    private static XElement Iia(string partnerHeiId, string gatewayHeiId, SimAgreement agreement)
    {
        var conditions = new XElement(N + "cooperation-conditions", agreement.Conditions.Select(Spec));
        return new XElement(
            N + "iia",
            Partner(partnerHeiId, agreement.IiaId, agreement.IiaCode),
            Partner(gatewayHeiId, agreement.GatewayIiaId, null),
            new XElement(N + "in-effect", agreement.InEffect ? "true" : "false"),
            conditions,
            new XElement(N + "conditions-hash", ConditionsHash(conditions)));
    }

    private static XElement Partner(string heiId, string? iiaId, string? iiaCode) => new(
        N + "partner",
        new XElement(N + "hei-id", heiId),
        iiaId is null ? null : new XElement(N + "iia-id", iiaId),
        iiaCode is null ? null : new XElement(N + "iia-code", iiaCode));

    private static XElement Spec(SimCondition c)
    {
        var student = c.Type is SimConditionType.StudentStudies or SimConditionType.StudentTraineeship;
        return new XElement(
            N + IiaXml.ElementOf(c.Type),
            new XElement(N + "sending-hei-id", c.SendingHeiId),
            new XElement(N + "receiving-hei-id", c.ReceivingHeiId),
            YearsBetween(c.FirstAcademicYear, c.LastAcademicYear).Select(y => new XElement(N + "receiving-academic-year-id", y)),
            new XElement(N + "mobilities-per-year", c.MobilitiesPerYear.ToString(CultureInfo.InvariantCulture)),
            c.Language is { } skill
                ? new XElement(N + "recommended-language-skill", new XElement(N + "language", skill.Language), new XElement(N + "cefr-level", skill.CefrLevel))
                : null,
            c.IscedCodes.Select(code => new XElement(N + "subject-area", new XElement(N + "isced-f-code", code))),
            student
                ? (XElement[])[
                    new XElement(N + "total-months-per-year", (c.TotalMonths ?? 5).ToString("0.##", CultureInfo.InvariantCulture)),
                    new XElement(N + "blended", c.Blended ? "true" : "false"),
                    .. c.Type == SimConditionType.StudentStudies ? c.EqfLevels.Select(l => new XElement(N + "eqf-level", l)) : [],
                ]
                : [new XElement(N + "total-days-per-year", (c.TotalDays ?? 5).ToString("0.##", CultureInfo.InvariantCulture))]);
    }

    private static IEnumerable<string> YearsBetween(string first, string last)
    {
        var start = int.Parse(first.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var end = int.Parse(last.AsSpan(0, 4), CultureInfo.InvariantCulture);
        for (var year = start; year <= Math.Max(start, end); year++)
        {
            yield return string.Create(CultureInfo.InvariantCulture, $"{year}/{year + 1}");
        }
    }

    private static string ConditionsHash(XElement conditions)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var reader = new XElement(conditions).CreateReader())
        {
            document.Load(reader);
        }

        var transform = new XmlDsigExcC14NTransform();
        transform.LoadInput(document);
        using var output = (Stream)transform.GetOutput(typeof(Stream));
        using var text = new StreamReader(output, Encoding.UTF8);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ReadToEnd())));
    }
}
