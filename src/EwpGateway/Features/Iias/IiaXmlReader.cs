using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Reads an IIAs v7 get-response into canonical <see cref="Agreement"/>s, the inverse of <see cref="IiaXmlWriter"/>.
/// The first partner is the responding HEI, so its <c>iia-id</c> becomes the agreement's id. The canonical model
/// does not carry contacts other than the signing contact's names and email, <c>pdf-file</c>, or
/// <c>v6-value</c>; a value marked <c>not-yet-defined</c> is read as absent.
/// </summary>
internal static class IiaXmlReader
{
    private static readonly XNamespace Ns = EwpNamespaces.IiasGetResponse;
    private static readonly XNamespace C = EwpNamespaces.Contact;

    /// <exception cref="FormatException">The document is not an IIAs v7 get-response.</exception>
    public static IReadOnlyList<Agreement> Read(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Root?.Name != Ns + "iias-get-response")
        {
            throw new FormatException($"Expected an IIAs v7 iias-get-response, found <{document.Root?.Name}>.");
        }

        return [.. document.Root.Elements(Ns + "iia").Select(ReadIia)];
    }

    private static Agreement ReadIia(XElement iia)
    {
        var partners = iia.Elements(Ns + "partner").Select(ReadPartner).ToList();
        var conditions = iia.Element(Ns + "cooperation-conditions");
        var first = partners.FirstOrDefault();
        return new Agreement
        {
            Id = first?.IiaId ?? "",
            Partners = partners,
            InEffect = XmlConvert.ToBoolean(Text(iia, "in-effect") ?? "false"),
            TerminatedAsAWhole = conditions?.Attribute("terminated-as-a-whole") is { } terminated && XmlConvert.ToBoolean(terminated.Value),
            CooperationConditions = [.. conditions?.Elements().Select(ReadCondition) ?? []],
            IiaHash = Text(iia, "iia-hash"),
            Provenance = new Provenance
            {
                Source = ProvenanceSource.Partner,
                PartnerHeiId = first?.HeiId,
                PartnerObjectId = first?.IiaId,
                EwpVersion = "7.0.0",
            },
        };
    }

    private static AgreementPartner ReadPartner(XElement partner)
    {
        var contact = partner.Element(Ns + "signing-contact");
        var given = contact?.Element(C + "person-given-names")?.Value;
        var family = contact?.Element(C + "person-family-name")?.Value;
        return new AgreementPartner
        {
            HeiId = Text(partner, "hei-id") ?? "",
            OunitId = Text(partner, "ounit-id"),
            IiaId = Text(partner, "iia-id"),
            IiaCode = Text(partner, "iia-code"),
            SigningContactGivenNames = given,

            // A contact without person names is an office: its contact-name is kept where the writer looks for it.
            SigningContactFamilyName = given is null && family is null ? contact?.Element(C + "contact-name")?.Value : family,
            SigningContactEmail = contact?.Element(C + "email")?.Value,
            SigningDate = Text(partner, "signing-date") is { } date
                ? DateOnly.ParseExact(date.Trim()[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
                : null,
        };
    }

    private static CooperationCondition ReadCondition(XElement spec)
    {
        var perYear = spec.Element(Ns + "mobilities-per-year");
        return new CooperationCondition
        {
            MobilityType = spec.Name.LocalName switch
            {
                "student-studies-mobility-spec" => MobilityType.StudentStudies,
                "student-traineeship-mobility-spec" => MobilityType.StudentTraineeship,
                "staff-teacher-mobility-spec" => MobilityType.StaffTeaching,
                "staff-training-mobility-spec" => MobilityType.StaffTraining,
                var other => throw new FormatException($"Unknown mobility specification <{other}>."),
            },
            SendingHeiId = Text(spec, "sending-hei-id") ?? "",
            SendingOunitId = Text(spec, "sending-ounit-id"),
            ReceivingHeiId = Text(spec, "receiving-hei-id") ?? "",
            ReceivingOunitId = Text(spec, "receiving-ounit-id"),
            ReceivingFirstAcademicYearId = Text(spec, "receiving-first-academic-year-id") ?? "",
            ReceivingLastAcademicYearId = Text(spec, "receiving-last-academic-year-id") ?? "",
            MobilitiesPerYear = perYear is null || NotYetDefined(perYear) ? null : XmlConvert.ToInt32(perYear.Value),
            RecommendedLanguageSkills = [.. spec.Elements(Ns + "recommended-language-skill").Where(s => !NotYetDefined(s)).Select(ReadSkill)],
            SubjectAreas = [.. spec.Elements(Ns + "subject-area").Select(a => new SubjectArea
            {
                IscedFCode = Text(a, "isced-f-code") ?? "",
                IscedClarification = Text(a, "isced-clarification"),
            })],
            OtherInfo = Text(spec, "other-info-terms"),
            TotalMonthsPerYear = Text(spec, "total-months-per-year") is { } months ? XmlConvert.ToDecimal(months) : null,
            TotalDaysPerYear = Text(spec, "total-days-per-year") is { } days ? XmlConvert.ToDecimal(days) : null,
            Blended = Text(spec, "blended") is { } blended && XmlConvert.ToBoolean(blended),
            EqfLevels = [.. spec.Elements(Ns + "eqf-level").Select(e => new EqfLevel { Level = XmlConvert.ToInt32(e.Value) })],
        };
    }

    private static LanguageSkill ReadSkill(XElement skill)
    {
        var area = skill.Element(Ns + "subject-area");
        return new LanguageSkill
        {
            Language = Text(skill, "language") ?? "",
            CefrLevel = Text(skill, "cefr-level"),
            IscedFCode = area is null ? null : Text(area, "isced-f-code"),
            IscedClarification = area is null ? null : Text(area, "isced-clarification"),
        };
    }

    private static bool NotYetDefined(XElement element) =>
        element.Attribute("not-yet-defined") is { } flag && XmlConvert.ToBoolean(flag.Value);

    private static string? Text(XElement parent, string localName) => parent.Element(Ns + localName)?.Value;
}
