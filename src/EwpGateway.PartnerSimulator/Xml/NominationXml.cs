using System.Globalization;
using System.Xml.Linq;
using EwpGateway.PartnerSimulator.Data;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>Outgoing Mobilities v3 <c>get</c>, <c>index</c> and <c>update</c> responses of a simulated partner.</summary>
internal static class NominationXml
{
    private static readonly XNamespace N = SimNamespaces.OmobilitiesGet;

    public static XElement GetResponse(IEnumerable<SimNomination> nominations) =>
        new(N + "omobilities-get-response", nominations.Select(StudentMobility));

    public static XElement IndexResponse(IEnumerable<string> ids) =>
        new(SimNamespaces.OmobilitiesIndex + "omobilities-index-response", ids.Select(id => new XElement(SimNamespaces.OmobilitiesIndex + "omobility-id", id)));

    public static XElement UpdateResponse() => new(SimNamespaces.OmobilitiesUpdateResponse + "omobilities-update-response");

    public static string StatusOf(SimNominationStatus status) => status switch
    {
        SimNominationStatus.Approved => "approved",
        SimNominationStatus.Rejected => "rejected",
        SimNominationStatus.Cancelled => "cancelled",
        _ => "pending",
    };

    private static XElement StudentMobility(SimNomination n)
    {
        var country = SampleInstitutions.CountryOf(n.SendingHeiId);
        var isced = n.IscedCode ?? "0613";
        return new XElement(
            N + "student-mobility",
            new XElement(N + "omobility-id", n.OmobilityId),
            new XElement(
                N + "student",
                new XElement(N + "given-names", n.GivenNames),
                new XElement(N + "family-name", n.FamilyName),
                new XElement(N + "global-id", $"urn:schac:personalUniqueCode:int:esi:{country.ToLowerInvariant()}:{n.OmobilityId}"),
                new XElement(N + "birth-date", (n.BirthDate ?? new DateOnly(2003, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new XElement(N + "nationality", country),
                new XElement(N + "gender", "0"),
                new XElement(N + "email", n.Email ?? $"{n.OmobilityId}@students.{n.SendingHeiId}")),
            new XElement(
                N + "nomination",
                new XAttribute("proposal-id", n.ProposalId),
                Hei("sending-hei", n.SendingHeiId, n.IiaId),
                Hei("receiving-hei", n.ReceivingHeiId, null),
                new XElement(N + "sending-academic-term-ewp-id", n.SendingAcademicTermId ?? n.ReceivingAcademicYearId + "-1/1"),
                new XElement(N + "receiving-academic-year-id", n.ReceivingAcademicYearId),
                new XElement(N + "activity-type", "student-studies"),
                new XElement(N + "activity-attributes", "long-term"),
                new XElement(N + "agreement-isced-f-code", isced),
                new XElement(N + "eqf-level-studied-at-departure", (n.EqfLevel ?? 7).ToString(CultureInfo.InvariantCulture)),
                new XElement(N + "nominee-isced-f-code", isced)),
            new XElement(N + "status", StatusOf(n.Status)));
    }

    private static XElement Hei(string element, string heiId, string? iiaId) => new(
        N + element,
        new XElement(N + "hei-id", heiId),
        iiaId is null ? null : new XElement(N + "iia-id", iiaId));
}
