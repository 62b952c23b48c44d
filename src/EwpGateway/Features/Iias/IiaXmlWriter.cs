using System.Globalization;
using System.Xml;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Writes a canonical <see cref="Agreement"/> as an IIAs v7 <c>&lt;iia&gt;</c>, as the responding HEI sees it:
/// the responding HEI's partner first. Values marked not yet defined, and values the agreement lacks but v7
/// requires (mobilities per year, a recommended language skill), are written with <c>not-yet-defined="true"</c>,
/// which the hash skips and which makes the IIA not valid for approval (see <see cref="IiaNotYetDefined"/>).
/// </summary>
internal static class IiaXmlWriter
{
    private const string Ns = EwpNamespaces.IiasGetResponse;

    /// <summary>Writes the opening <c>iias-get-response</c> with the namespace prefixes the IIAs use.</summary>
    public static async Task WriteStartResponseAsync(XmlWriter writer)
    {
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "iias-get-response", Ns);
        await writer.WriteAttributeStringAsync("xmlns", "c", null, EwpNamespaces.Contact);
    }

    /// <summary>The partners in response order (us, then the other HEI), or null when we are not a partner.</summary>
    public static (AgreementPartner Home, AgreementPartner Other)? OrderedPartners(Agreement agreement, string homeHeiId)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var home = agreement.Partners.FirstOrDefault(p => string.Equals(p.HeiId, homeHeiId, StringComparison.OrdinalIgnoreCase));
        var other = agreement.Partners.FirstOrDefault(p => !ReferenceEquals(p, home));
        return home is null || other is null ? null : (home, other);
    }

    /// <summary>Writes one <c>iia</c> element; <paramref name="homeHeiId"/>'s copy is identified by our local id.</summary>
    /// <param name="writer">Where to write.</param>
    /// <param name="agreement">The agreement.</param>
    /// <param name="homeHeiId">Our HEI.</param>
    /// <param name="iiaHash">The <c>iia-hash</c> to write.</param>
    /// <param name="standalone">
    /// Declare the namespaces on the element itself, for an element written on its own and placed in a response later.
    /// </param>
    public static async Task WriteIiaAsync(XmlWriter writer, Agreement agreement, string homeHeiId, string iiaHash, bool standalone = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var (home, other) = OrderedPartners(agreement, homeHeiId)
            ?? throw new ArgumentException($"Agreement '{agreement.Id}' has no partner '{homeHeiId}' and another one.", nameof(agreement));

        await writer.WriteStartElementAsync(null, "iia", Ns);
        if (standalone)
        {
            await writer.WriteAttributeStringAsync("xmlns", "c", null, EwpNamespaces.Contact);
        }

        await WritePartnerAsync(writer, home, agreement.Id, agreement.Contacts);
        await WritePartnerAsync(writer, other, other.IiaId, agreement.Contacts);
        await writer.WriteElementStringAsync(null, "in-effect", Ns, XmlConvert.ToString(agreement.InEffect));

        await writer.WriteStartElementAsync(null, "cooperation-conditions", Ns);
        if (agreement.TerminatedAsAWhole)
        {
            await writer.WriteAttributeStringAsync(null, "terminated-as-a-whole", null, "true");
        }

        // The XSD fixes the order of the four kinds; within a kind the stored order is kept.
        foreach (var (condition, index) in agreement.CooperationConditions.Select((c, i) => (c, i)).OrderBy(x => x.c.MobilityType))
        {
            var contacts = agreement.Contacts.Where(c => c.ConditionIndex == index).ToList();
            await WriteSpecAsync(writer, condition, contacts);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteElementStringAsync(null, "iia-hash", Ns, iiaHash);
        await WriteOptionalAsync(writer, "pdf-file", agreement.PdfFileId);
        await writer.WriteEndElementAsync();
    }

    /// <summary>The element name of a cooperation condition of <paramref name="type"/>.</summary>
    public static string SpecName(MobilityType type) => type switch
    {
        MobilityType.StudentStudies => "student-studies-mobility-spec",
        MobilityType.StudentTraineeship => "student-traineeship-mobility-spec",
        MobilityType.StaffTeaching => "staff-teacher-mobility-spec",
        MobilityType.StaffTraining => "staff-training-mobility-spec",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown mobility type."),
    };

    private static async Task WritePartnerAsync(XmlWriter writer, AgreementPartner partner, string? iiaId, List<AgreementContact> all)
    {
        var contacts = all.Where(c => c.ConditionIndex is null && string.Equals(c.PartnerHeiId, partner.HeiId, StringComparison.OrdinalIgnoreCase)).ToList();
        await writer.WriteStartElementAsync(null, "partner", Ns);
        await writer.WriteElementStringAsync(null, "hei-id", Ns, partner.HeiId);
        await WriteOptionalAsync(writer, "ounit-id", partner.OunitId);
        await WriteOptionalAsync(writer, "iia-id", iiaId);
        await WriteOptionalAsync(writer, "iia-code", partner.IiaCode);
        if (contacts.FirstOrDefault(c => c.Role == AgreementContactRole.Signing) is { } signing)
        {
            await IiaContactXml.WriteAsync(writer, null, "signing-contact", Ns, signing);
        }
        else
        {
            await WriteSigningContactAsync(writer, partner);
        }

        if (partner.SigningDate is { } date)
        {
            await writer.WriteElementStringAsync(null, "signing-date", Ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        foreach (var contact in contacts.Where(c => c.Role == AgreementContactRole.Partner))
        {
            await IiaContactXml.WriteAsync(writer, "c", "contact", EwpNamespaces.Contact, contact);
        }

        await writer.WriteEndElementAsync();
    }

    // Without given names the family name is a contact name ("International Office"), not a person's name.
    private static async Task WriteSigningContactAsync(XmlWriter writer, AgreementPartner partner)
    {
        var given = partner.SigningContactGivenNames;
        var family = partner.SigningContactFamilyName;
        var name = string.Join(' ', new[] { given, family }.Where(n => !string.IsNullOrEmpty(n)));
        if (name.Length == 0 && string.IsNullOrEmpty(partner.SigningContactEmail))
        {
            return;
        }

        await writer.WriteStartElementAsync(null, "signing-contact", Ns);
        await writer.WriteElementStringAsync("c", "contact-name", EwpNamespaces.Contact, name.Length > 0 ? name : partner.SigningContactEmail!);
        if (!string.IsNullOrEmpty(given))
        {
            await writer.WriteElementStringAsync("c", "person-given-names", EwpNamespaces.Contact, given);
            if (!string.IsNullOrEmpty(family))
            {
                await writer.WriteElementStringAsync("c", "person-family-name", EwpNamespaces.Contact, family);
            }
        }

        if (!string.IsNullOrEmpty(partner.SigningContactEmail))
        {
            await writer.WriteElementStringAsync("c", "email", EwpNamespaces.Contact, partner.SigningContactEmail);
        }

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteSpecAsync(XmlWriter writer, CooperationCondition condition, List<AgreementContact> contacts)
    {
        var isStudent = condition.MobilityType is MobilityType.StudentStudies or MobilityType.StudentTraineeship;
        await writer.WriteStartElementAsync(null, SpecName(condition.MobilityType), Ns);
        await writer.WriteElementStringAsync(null, "sending-hei-id", Ns, condition.SendingHeiId);
        await WriteOptionalAsync(writer, "sending-ounit-id", condition.SendingOunitId);
        foreach (var contact in contacts.Where(c => c.Role == AgreementContactRole.Sending))
        {
            await IiaContactXml.WriteAsync(writer, null, "sending-contact", Ns, contact);
        }

        await writer.WriteElementStringAsync(null, "receiving-hei-id", Ns, condition.ReceivingHeiId);
        await WriteOptionalAsync(writer, "receiving-ounit-id", condition.ReceivingOunitId);
        foreach (var contact in contacts.Where(c => c.Role == AgreementContactRole.Receiving))
        {
            await IiaContactXml.WriteAsync(writer, null, "receiving-contact", Ns, contact);
        }

        await writer.WriteElementStringAsync(null, "receiving-first-academic-year-id", Ns, condition.ReceivingFirstAcademicYearId);
        await writer.WriteElementStringAsync(null, "receiving-last-academic-year-id", Ns, condition.ReceivingLastAcademicYearId);

        // Without a value v7 still needs a positive integer: 1, which the not-yet-defined flag keeps out of the hash.
        await writer.WriteStartElementAsync(null, "mobilities-per-year", Ns);
        if (condition.MobilitiesPerYearNotYetDefined || condition.MobilitiesPerYear is null)
        {
            await WriteNotYetDefinedAsync(writer);
        }

        await writer.WriteStringAsync(XmlConvert.ToString(condition.MobilitiesPerYear ?? 1));
        await writer.WriteEndElementAsync();

        foreach (var skill in condition.RecommendedLanguageSkills)
        {
            await WriteLanguageSkillAsync(writer, skill);
        }

        if (condition.RecommendedLanguageSkills.Count == 0 && condition.MobilityType is MobilityType.StudentStudies or MobilityType.StaffTeaching)
        {
            await writer.WriteStartElementAsync(null, "recommended-language-skill", Ns);
            await WriteNotYetDefinedAsync(writer);
            await writer.WriteElementStringAsync(null, "language", Ns, "en");
            await writer.WriteEndElementAsync();
        }

        foreach (var area in condition.SubjectAreas)
        {
            await WriteSubjectAreaAsync(writer, area.IscedFCode, area.V6Value, area.IscedClarification);
        }

        await WriteOptionalAsync(writer, "other-info-terms", condition.OtherInfo);
        if (isStudent)
        {
            await WriteDecimalAsync(writer, "total-months-per-year", condition.TotalMonthsPerYear);
            await writer.WriteElementStringAsync(null, "blended", Ns, XmlConvert.ToString(condition.Blended));
            foreach (var eqf in condition.EqfLevels)
            {
                await writer.WriteElementStringAsync(null, "eqf-level", Ns, XmlConvert.ToString(eqf.Level));
            }
        }
        else
        {
            await WriteDecimalAsync(writer, "total-days-per-year", condition.TotalDaysPerYear);
        }

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteLanguageSkillAsync(XmlWriter writer, LanguageSkill skill)
    {
        await writer.WriteStartElementAsync(null, "recommended-language-skill", Ns);
        if (skill.NotYetDefined)
        {
            await WriteNotYetDefinedAsync(writer);
        }

        await writer.WriteElementStringAsync(null, "language", Ns, skill.Language);
        await WriteOptionalAsync(writer, "cefr-level", skill.CefrLevel);
        if (!string.IsNullOrEmpty(skill.IscedFCode))
        {
            await WriteSubjectAreaAsync(writer, skill.IscedFCode, skill.IscedV6Value, skill.IscedClarification);
        }

        await writer.WriteEndElementAsync();
    }

    // A v6 code of fewer than four digits is padded for the v7 pattern and kept in v6-value, as the XSD requires.
    private static async Task WriteSubjectAreaAsync(XmlWriter writer, string iscedCode, string? v6Value, string? clarification)
    {
        await writer.WriteStartElementAsync(null, "subject-area", Ns);
        await writer.WriteStartElementAsync(null, "isced-f-code", Ns);
        if (v6Value is not null)
        {
            await writer.WriteAttributeStringAsync(null, "v6-value", null, v6Value);
            await writer.WriteStringAsync(iscedCode);
        }
        else if (iscedCode.Length is > 0 and < 4)
        {
            await writer.WriteAttributeStringAsync(null, "v6-value", null, iscedCode);
            await writer.WriteStringAsync(iscedCode.PadRight(4, '0'));
        }
        else
        {
            await writer.WriteStringAsync(iscedCode);
        }

        await writer.WriteEndElementAsync();
        await WriteOptionalAsync(writer, "isced-clarification", clarification);
        await writer.WriteEndElementAsync();
    }

    private static Task WriteNotYetDefinedAsync(XmlWriter writer) =>
        writer.WriteAttributeStringAsync(null, "not-yet-defined", null, "true");

    private static async Task WriteDecimalAsync(XmlWriter writer, string name, decimal? value)
    {
        if (value is { } number)
        {
            await writer.WriteElementStringAsync(null, name, Ns, XmlConvert.ToString(number));
        }
    }

    private static async Task WriteOptionalAsync(XmlWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            await writer.WriteElementStringAsync(null, name, Ns, value);
        }
    }
}
