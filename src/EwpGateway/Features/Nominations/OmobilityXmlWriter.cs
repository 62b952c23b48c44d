using System.Globalization;
using System.Xml;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// Writes canonical <see cref="Nomination"/>s as Outgoing Mobilities v3 <c>student-mobility</c> elements. The
/// sending HEI's <c>iia-id</c> is <see cref="Nomination.IiaId"/> (the receiving HEI's is not kept); the sending term is
/// the stored one, or the whole receiving academic year (<c>YYYY/YYYY-1/1</c>) for nominations stored without one;
/// the activity is <c>student-studies</c> (the only v3 type) with the stored attributes, <c>long-term</c> by default;
/// both ISCED elements carry <see cref="Nomination.IscedFCode"/>. Planned arrival and departure dates have no place
/// in v3 and are not written.
/// </summary>
internal static class OmobilityXmlWriter
{
    public const string ActivityType = "student-studies";
    /// <summary>The attributes of a nomination stored without any.</summary>
    public const string ActivityAttributes = "long-term";
    private const string Ns = EwpNamespaces.OmobilitiesGetResponse;

    /// <summary>Starts the document and its <c>omobilities-get-response</c> root (closed by the caller).</summary>
    public static async Task WriteStartResponseAsync(XmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "omobilities-get-response", Ns);
    }

    public static async Task WriteStudentMobilityAsync(XmlWriter writer, Nomination nomination)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(nomination);
        await writer.WriteStartElementAsync(null, "student-mobility", Ns);
        await writer.WriteElementStringAsync(null, "omobility-id", Ns, nomination.Id);
        await WriteStudentAsync(writer, nomination.Student);
        await WriteNominationAsync(writer, nomination);
        await writer.WriteElementStringAsync(null, "status", Ns, StatusOf(nomination.Status));
        await writer.WriteEndElementAsync();
    }

    /// <summary>The v3 <c>MobilityStatus</c>: v3 has no running/recognised states, those stay <c>approved</c>.</summary>
    public static string StatusOf(NominationStatus status) => status switch
    {
        NominationStatus.Nominated => "pending",
        NominationStatus.Rejected => "rejected",
        NominationStatus.Cancelled => "cancelled",
        _ => "approved",
    };

    /// <summary>
    /// The sending term we announce: the stored one; else the whole academic year, or none when the year id is not valid.
    /// </summary>
    public static string? SendingTermOf(Nomination nomination)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        if (nomination.SendingAcademicTermId is { Length: > 0 } term)
        {
            return term;
        }

        return EwpFormats.IsAcademicYearId(nomination.ReceivingAcademicYearId) ? nomination.ReceivingAcademicYearId + "-1/1" : null;
    }

    /// <summary>The v3 <c>activity-type</c> of a mobility type: v3 knows student studies only (see <see cref="OmobilityQueries"/>).</summary>
    public static string? ActivityTypeOf(MobilityType? type) => type is null or MobilityType.StudentStudies ? ActivityType : null;

    private static async Task WriteStudentAsync(XmlWriter writer, Student student)
    {
        await writer.WriteStartElementAsync(null, "student", Ns);
        await writer.WriteElementStringAsync(null, "given-names", Ns, student.GivenNames);
        await writer.WriteElementStringAsync(null, "family-name", Ns, student.FamilyName);
        await WriteOptionalAsync(writer, "global-id", student.GlobalId);
        await WriteOptionalAsync(writer, "birth-date", student.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await WriteOptionalAsync(writer, "nationality", student.Citizenship);
        await WriteOptionalAsync(writer, "gender", student.Gender?.ToString(CultureInfo.InvariantCulture));
        await WriteOptionalAsync(writer, "email", student.Email);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteNominationAsync(XmlWriter writer, Nomination nomination)
    {
        await writer.WriteStartElementAsync(null, "nomination", Ns);
        await writer.WriteAttributeStringAsync(null, "proposal-id", null, OmobilityProposal.IdOf(nomination));
        await WriteHeiAsync(writer, "sending-hei", nomination.SendingHeiId, nomination.SendingOunitId, nomination.IiaId);
        await WriteHeiAsync(writer, "receiving-hei", nomination.ReceivingHeiId, nomination.ReceivingOunitId, null);
        if (SendingTermOf(nomination) is { } term)
        {
            await writer.WriteElementStringAsync(null, "sending-academic-term-ewp-id", Ns, term);
        }
        else
        {
            await writer.WriteStartElementAsync(null, "non-standard-mobility-period", Ns);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteElementStringAsync(null, "receiving-academic-year-id", Ns, nomination.ReceivingAcademicYearId);
        await WriteOptionalAsync(writer, "activity-type", ActivityTypeOf(nomination.MobilityType));
        await writer.WriteElementStringAsync(null, "activity-attributes", Ns, nomination.ActivityAttributes ?? ActivityAttributes);
        await WriteOptionalAsync(writer, "agreement-isced-f-code", nomination.IscedFCode);
        await WriteOptionalAsync(writer, "eqf-level-studied-at-departure", nomination.EqfLevel?.ToString(CultureInfo.InvariantCulture));
        await WriteOptionalAsync(writer, "nominee-isced-f-code", nomination.IscedFCode);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteHeiAsync(XmlWriter writer, string element, string heiId, string? ounitId, string? iiaId)
    {
        await writer.WriteStartElementAsync(null, element, Ns);
        await writer.WriteElementStringAsync(null, "hei-id", Ns, heiId);
        await WriteOptionalAsync(writer, "ounit-id", ounitId);
        await WriteOptionalAsync(writer, "iia-id", iiaId);
        await writer.WriteEndElementAsync();
    }

    // Values the XSD requires but the model may lack are left out: the document then fails validation instead of
    // carrying an invented value.
    private static async Task WriteOptionalAsync(XmlWriter writer, string element, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            await writer.WriteElementStringAsync(null, element, Ns, value);
        }
    }
}
