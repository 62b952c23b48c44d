using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// Reads an Outgoing Mobilities v3 get-response into canonical <see cref="Nomination"/>s, the inverse of
/// <see cref="OmobilityXmlWriter"/> (for the partner sync). The sending HEI's <c>iia-id</c> becomes
/// <see cref="Nomination.IiaId"/>; the model does not carry the receiving HEI's <c>iia-id</c>, a second ISCED code
/// (<c>agreement-isced-f-code</c> wins) or the nomination <c>comment</c>; only the first
/// <c>given-names</c>/<c>family-name</c> is kept.
/// </summary>
internal static class OmobilityXmlReader
{
    private static readonly XNamespace Ns = EwpNamespaces.OmobilitiesGetResponse;

    /// <param name="document">An <c>omobilities-get-response</c>.</param>
    /// <param name="homeHeiId">Our SCHAC id: a mobility we receive is <see cref="NominationDirection.Incoming"/>.</param>
    /// <exception cref="FormatException">The document is not an Outgoing Mobilities v3 get-response.</exception>
    public static IReadOnlyList<Nomination> Read(XDocument document, string homeHeiId)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Root?.Name != Ns + "omobilities-get-response")
        {
            throw new FormatException($"Expected an Outgoing Mobilities v3 omobilities-get-response, found <{document.Root?.Name}>.");
        }

        return [.. document.Root.Elements(Ns + "student-mobility").Select(m => ReadMobility(m, homeHeiId))];
    }

    /// <summary>The canonical status of a v3 <c>MobilityStatus</c>.</summary>
    public static NominationStatus StatusOf(string status) => status.Trim() switch
    {
        "pending" => NominationStatus.Nominated,
        "approved" => NominationStatus.Accepted,
        "rejected" => NominationStatus.Rejected,
        "cancelled" => NominationStatus.Cancelled,
        _ => throw new FormatException($"Unknown omobility status '{status}'."),
    };

    /// <summary>One <c>student-mobility</c> element (of a schema-valid get-response).</summary>
    /// <exception cref="FormatException">A value the model cannot hold (unknown status or activity type).</exception>
    public static Nomination ReadMobility(XElement mobility, string homeHeiId)
    {
        ArgumentNullException.ThrowIfNull(mobility);
        var id = Text(mobility, "omobility-id") ?? "";
        var nomination = mobility.Element(Ns + "nomination");
        var sending = nomination?.Element(Ns + "sending-hei");
        var receiving = nomination?.Element(Ns + "receiving-hei");
        var sendingHeiId = Text(sending, "hei-id") ?? "";
        var receivingHeiId = Text(receiving, "hei-id") ?? "";
        return new Nomination
        {
            Id = id,
            Direction = string.Equals(receivingHeiId, homeHeiId, StringComparison.OrdinalIgnoreCase)
                ? NominationDirection.Incoming
                : NominationDirection.Outgoing,
            Student = ReadStudent(mobility.Element(Ns + "student")),
            SendingHeiId = sendingHeiId,
            SendingOunitId = Text(sending, "ounit-id"),
            ReceivingHeiId = receivingHeiId,
            ReceivingOunitId = Text(receiving, "ounit-id"),
            ReceivingAcademicYearId = Text(nomination, "receiving-academic-year-id") ?? "",
            SendingAcademicTermId = Text(nomination, "sending-academic-term-ewp-id"),
            MobilityType = Text(nomination, "activity-type") switch
            {
                "student-studies" => MobilityType.StudentStudies,
                null => null,
                var other => throw new FormatException($"Unknown omobility activity-type '{other}'."),
            },
            ActivityAttributes = Text(nomination, "activity-attributes"),
            IiaId = Text(sending, "iia-id"),
            EqfLevel = Text(nomination, "eqf-level-studied-at-departure") is { } eqf ? XmlConvert.ToInt32(eqf) : null,
            IscedFCode = Text(nomination, "agreement-isced-f-code") ?? Text(nomination, "nominee-isced-f-code"),
            CurrentProposalId = nomination?.Attribute("proposal-id")?.Value,
            Status = Text(mobility, "status") is { } status ? StatusOf(status) : NominationStatus.Nominated,
            Provenance = new Provenance
            {
                Source = ProvenanceSource.Partner,
                PartnerHeiId = sendingHeiId,
                PartnerObjectId = id,
                EwpVersion = "3.0.0",
            },
        };
    }

    private static Student ReadStudent(XElement? student) => new()
    {
        GivenNames = Text(student, "given-names") ?? "",
        FamilyName = Text(student, "family-name") ?? "",
        GlobalId = Text(student, "global-id"),
        BirthDate = Text(student, "birth-date") is { } birth
            ? DateOnly.ParseExact(birth[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null,
        Citizenship = Text(student, "nationality"),
        Gender = Text(student, "gender") is { } gender ? XmlConvert.ToInt32(gender) : null,
        Email = Text(student, "email"),
    };

    private static string? Text(XElement? parent, string name) => parent?.Element(Ns + name)?.Value.Trim();
}
