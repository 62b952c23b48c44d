using System.Text;
using System.Xml.Linq;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Features.Nominations;

/// <summary>
/// A canonical nomination written as Outgoing Mobilities v3 is valid against the registry-bundled XSD and reads
/// back equal in every field v3 carries (planned dates and the decision comment have no place in v3).
/// </summary>
public sealed class OmobilityXmlRoundTripTests
{
    private const string GetXsd = "_registry-service-bundled/ewp-specs-api-omobilities-v3.0.0/endpoints/get-response.xsd";
    private const string Home = "inp-toulouse.fr";
    private const string Partner = "uni-partner.example";

    // Status names, not values: the enum is internal and theory parameters of public tests must be public.
    public static TheoryData<string> CarriedStatuses => new() { "Nominated", "Accepted", "Rejected", "Cancelled" };

    [Theory]
    [MemberData(nameof(CarriedStatuses))]
    public async Task WriteThenRead_FullOutgoingNomination_ValidAndEqual(string status)
    {
        var nomination = Build(Enum.Parse<NominationStatus>(status));

        var written = await WriteAsync(nomination);
        var read = Assert.Single(OmobilityXmlReader.Read(XDocument.Parse(written), Home));

        AssertValid(written);
        Assert.Equal(Carried(nomination), Carried(read));
        Assert.Equal(OmobilityProposal.IdOf(nomination), read.CurrentProposalId);
        Assert.Equal(ProvenanceSource.Partner, read.Provenance.Source);
        Assert.Equal(Home, read.Provenance.PartnerHeiId);
    }

    [Fact]
    public async Task WriteThenRead_WithoutOunitsAndWithExplicitProposal_ValidAndEqual()
    {
        var nomination = Build(NominationStatus.Nominated);
        nomination.SendingOunitId = null;
        nomination.ReceivingOunitId = null;
        nomination.CurrentProposalId = "proposal-42";

        var written = await WriteAsync(nomination);
        var read = Assert.Single(OmobilityXmlReader.Read(XDocument.Parse(written), Home));

        AssertValid(written);
        Assert.Equal(Carried(nomination), Carried(read));
        Assert.Equal("proposal-42", read.CurrentProposalId);
    }

    [Fact]
    public async Task Read_MobilityReceivedByUs_IsIncoming()
    {
        var nomination = Build(NominationStatus.Nominated);
        (nomination.SendingHeiId, nomination.ReceivingHeiId) = (Partner, Home);

        var read = Assert.Single(OmobilityXmlReader.Read(XDocument.Parse(await WriteAsync(nomination)), Home));

        Assert.Equal(NominationDirection.Incoming, read.Direction);
        Assert.Equal(Partner, read.Provenance.PartnerHeiId);
    }

    [Theory]
    [InlineData("Live")]
    [InlineData("Recognized")]
    public void StatusOf_StatesWithoutAV3Value_Approved(string status) =>
        Assert.Equal("approved", OmobilityXmlWriter.StatusOf(Enum.Parse<NominationStatus>(status)));

    [Fact]
    public async Task Write_StoredWithoutTermTypeAttributesOrIia_WholeReceivingYearStudiesLongTermAndValid()
    {
        var nomination = Build(NominationStatus.Nominated);
        (nomination.SendingAcademicTermId, nomination.MobilityType, nomination.ActivityAttributes, nomination.IiaId) = (null, null, null, null);

        var xml = await WriteAsync(nomination);
        var written = XDocument.Parse(xml);

        AssertValid(xml);
        XNamespace ns = EwpNamespaces.OmobilitiesGetResponse;
        Assert.Equal("2026/2027-1/1", written.Descendants(ns + "sending-academic-term-ewp-id").Single().Value);
        Assert.Equal("student-studies", written.Descendants(ns + "activity-type").Single().Value);
        Assert.Equal("long-term", written.Descendants(ns + "activity-attributes").Single().Value);
        Assert.Empty(written.Descendants(ns + "iia-id"));
    }

    [Fact]
    public async Task Write_StoredTermAttributesAndIia_WrittenAsStored()
    {
        var written = XDocument.Parse(await WriteAsync(Build(NominationStatus.Nominated)));

        XNamespace ns = EwpNamespaces.OmobilitiesGetResponse;
        Assert.Equal("2026/2027-1/2", written.Descendants(ns + "sending-academic-term-ewp-id").Single().Value);
        Assert.Equal("short-term-blended", written.Descendants(ns + "activity-attributes").Single().Value);
        Assert.Equal("iia-42", written.Descendants(ns + "sending-hei").Single().Element(ns + "iia-id")!.Value);
    }

    [Fact]
    public void Read_V2Document_Throws()
    {
        var v2 = XDocument.Parse("<omobilities-get-response xmlns=\"https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v2/endpoints/get-response.xsd\"/>");

        Assert.Throws<FormatException>(() => OmobilityXmlReader.Read(v2, Home));
    }

    private static Nomination Build(NominationStatus status) => new()
    {
        Id = "om-roundtrip-1",
        Direction = NominationDirection.Outgoing,
        Student = new Student
        {
            GivenNames = "Émilie",
            FamilyName = "Du Châtelet",
            BirthDate = new DateOnly(2003, 12, 17),
            Citizenship = "FR",
            Gender = 2,
            Email = "emilie.du-chatelet@students.example",
            GlobalId = "urn:schac:personalUniqueCode:int:esi:inp-toulouse.fr:12345",
        },
        SendingHeiId = Home,
        SendingOunitId = "n7",
        ReceivingHeiId = Partner,
        ReceivingOunitId = "physics",
        ReceivingAcademicYearId = "2026/2027",
        EqfLevel = 7,
        IscedFCode = "0533",
        MobilityType = MobilityType.StudentStudies,
        SendingAcademicTermId = "2026/2027-1/2",
        ActivityAttributes = "short-term-blended",
        IiaId = "iia-42",
        Status = status,
    };

    private static object Carried(Nomination n) => new
    {
        n.Id,
        n.Direction,
        n.Student.GivenNames,
        n.Student.FamilyName,
        n.Student.BirthDate,
        n.Student.Citizenship,
        n.Student.Gender,
        n.Student.Email,
        n.Student.GlobalId,
        n.SendingHeiId,
        n.SendingOunitId,
        n.ReceivingHeiId,
        n.ReceivingOunitId,
        n.ReceivingAcademicYearId,
        n.EqfLevel,
        n.IscedFCode,
        n.MobilityType,
        n.SendingAcademicTermId,
        n.ActivityAttributes,
        n.IiaId,
        n.Status,
    };

    private static void AssertValid(string xml)
    {
        var errors = EwpSchemas.Default.Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)), GetXsd);
        Assert.True(errors.Count == 0, string.Join("; ", errors) + "\n" + xml);
    }

    private static async Task<string> WriteAsync(Nomination nomination)
    {
        using var stream = new MemoryStream();
        await using (var writer = EwpXml.CreateWriter(stream))
        {
            await OmobilityXmlWriter.WriteStartResponseAsync(writer);
            await OmobilityXmlWriter.WriteStudentMobilityAsync(writer, nomination);
            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
