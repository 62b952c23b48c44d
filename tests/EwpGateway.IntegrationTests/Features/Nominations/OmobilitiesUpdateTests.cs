using System.Net;
using System.Xml.Linq;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Nominations;

/// <summary>
/// Outgoing Mobilities v3 <c>update</c>: the update cases of digest table 8.1 for approve and reject (200, unknown
/// id 400, stale proposal 409 with a user-message, GET 405), malformed and schema-invalid bodies, visibility, and the
/// recorded decision (status in <c>get</c>, status history, change log). Each test submits its own nomination.
/// </summary>
public sealed class OmobilitiesUpdateTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private const string Path = "/ewp/omobilities/update";
    private const string Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd";
    private static readonly XNamespace Get = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/get-response.xsd";
    private static readonly XNamespace Ewp = "https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<bool> Decisions => new() { true, false };

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Update_CurrentProposal_200AndGetShowsTheDecision(bool approve)
    {
        var nomination = await SubmitAsync();
        var proposalId = await ProposalIdAsync(nomination.Id);

        var response = await PostAsync(Body(approve, nomination.Id, proposalId));

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, Ct));
        var doc = XmlAssert.Valid(body, XmlAssert.OmobilitiesUpdateResponseXsd);
        Assert.NotEmpty(doc.Root!.Elements(Ewp + "success-user-message"));
        var mobility = Assert.Single((await GetAsync(nomination.Id)).Root!.Elements(Get + "student-mobility"));
        Assert.Equal(approve ? "approved" : "rejected", mobility.Element(Get + "status")!.Value);
        Assert.Equal(proposalId, mobility.Element(Get + "nomination")!.Attribute("proposal-id")!.Value);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Update_CurrentProposal_StatusHistoryAndChangeLogRecordIt(bool approve)
    {
        var nomination = await SubmitAsync();

        var response = await PostAsync(Body(approve, nomination.Id, await ProposalIdAsync(nomination.Id)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await gateway.Services.GetRequiredService<NominationStore>().GetAsync(nomination.Id, Ct);
        var expected = approve ? NominationStatus.Accepted : NominationStatus.Rejected;
        Assert.Equal(expected, stored!.Status);
        Assert.Equal(2, stored.Version);
        Assert.Equal([NominationStatus.Nominated, expected], stored.StatusHistory.Select(h => h.Status));
        Assert.Equal(approve ? null : "Please choose another ISCED code.", stored.StatusHistory[^1].Comment);
        await using var db = gateway.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        var log = await db.ChangeLog.AsNoTracking().Where(e => e.AggregateId == nomination.Id).OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.Equal([(ChangeOperation.Created, 1L), (ChangeOperation.Updated, 2L)], log.Select(e => (e.Operation, e.Version)));
        Assert.All(log, e => Assert.Equal(nameof(Nomination), e.AggregateType));
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Update_UnknownOmobilityId_400(bool approve)
    {
        var response = await PostAsync(Body(approve, "no-such-mobility", "p-1"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("no-such-mobility", XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Update_StaleProposalId_409WithUserMessageAndNothingRecorded(bool approve)
    {
        var nomination = await SubmitAsync();

        var response = await PostAsync(Body(approve, nomination.Id, "an-old-proposal"));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.Contains("an-old-proposal", XmlAssert.ErrorResponse(body), StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(XDocument.Parse(body).Root!.Element(Ewp + "user-message")?.Value));
        Assert.Equal(NominationStatus.Nominated, (await gateway.Services.GetRequiredService<NominationStore>().GetAsync(nomination.Id, Ct))!.Status);
    }

    [Theory]
    [MemberData(nameof(Decisions))]
    public async Task Update_CallerNotCoveringTheReceivingHei_400AndNothingRecorded(bool approve)
    {
        var nomination = await SubmitAsync();
        var proposalId = await ProposalIdAsync(nomination.Id);

        var response = await PostAsync(Body(approve, nomination.Id, proposalId), gateway.Network.StrangerClient);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(NominationStatus.Nominated, (await gateway.Services.GetRequiredService<NominationStore>().GetAsync(nomination.Id, Ct))!.Status);
    }

    [Fact]
    public async Task Update_IncomingNomination_400()
    {
        var nomination = await SubmitAsync(NominationDirection.Incoming);

        var response = await PostAsync(Body(approve: true, nomination.Id, OmobilityProposal.IdOf(nomination)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Update_CancelledNomination_409()
    {
        var store = gateway.Services.GetRequiredService<NominationStore>();
        var nomination = await SubmitAsync();
        await store.CancelAsync(nomination.Id, "The student withdrew.", null, Ct);

        var response = await PostAsync(Body(approve: true, nomination.Id, await ProposalIdAsync(nomination.Id)));

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Update_NotWellFormedXml_400()
    {
        var response = await PostAsync($"<omobilities-update-request xmlns=\"{Ns}\"><approve-proposal-v1>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("well-formed", XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_RejectWithoutComment_400WithTheSchemaMessage()
    {
        var nomination = await SubmitAsync();
        var xml = $"<omobilities-update-request xmlns=\"{Ns}\"><reject-proposal-v1><omobility-id>{nomination.Id}</omobility-id>"
            + "<proposal-id>p</proposal-id></reject-proposal-v1></omobilities-update-request>";

        var response = await PostAsync(xml);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("update-request.xsd", message, StringComparison.Ordinal);
        Assert.Contains("comment", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_OtherRootElement_400()
    {
        var response = await PostAsync("<update xmlns=\"urn:example\"/>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Update_DtdInBody_400()
    {
        var response = await PostAsync($"<!DOCTYPE x [<!ENTITY e \"e\">]><omobilities-update-request xmlns=\"{Ns}\"/>");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Update_ApplicationXmlContentType_200()
    {
        var nomination = await SubmitAsync();

        var response = await PostAsync(Body(approve: true, nomination.Id, await ProposalIdAsync(nomination.Id)), contentType: "application/xml");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Update_FormBody_415()
    {
        var response = await PostAsync("omobility_id=x", contentType: "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Update_OtherMethods_405(string method)
    {
        var request = new EwpRequest { Method = method, Path = Path, Key = gateway.Network.ValidatorClient, Time = TimeProvider.System.GetUtcNow() };

        var response = await gateway.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
    }

    private static string Body(bool approve, string omobilityId, string proposalId)
    {
        var xml = approve
            ? $"<omobilities-update-request xmlns=\"{Ns}\"><approve-proposal-v1><omobility-id>{omobilityId}</omobility-id>"
                + $"<proposal-id>{proposalId}</proposal-id></approve-proposal-v1></omobilities-update-request>"
            : $"<omobilities-update-request xmlns=\"{Ns}\"><reject-proposal-v1><omobility-id>{omobilityId}</omobility-id>"
                + $"<proposal-id>{proposalId}</proposal-id><comment>Please choose another ISCED code.</comment></reject-proposal-v1></omobilities-update-request>";
        XmlAssert.Valid(xml, XmlAssert.OmobilitiesUpdateRequestXsd);
        return xml;
    }

    private async Task<Nomination> SubmitAsync(NominationDirection direction = NominationDirection.Outgoing)
    {
        var outgoing = direction == NominationDirection.Outgoing;
        var id = "om-update-" + Guid.NewGuid().ToString("N");
        var nomination = new Nomination
        {
            Id = id,
            Direction = direction,
            Student = new Student
            {
                GivenNames = "Ada",
                FamilyName = "Lovelace",
                BirthDate = new DateOnly(2004, 12, 10),
                Citizenship = "GB",
                Gender = 2,
                Email = "ada@students.example",
                GlobalId = "urn:schac:personalUniqueCode:int:esi:inp-toulouse.fr:" + id,
            },
            SendingHeiId = outgoing ? TestNetwork.GatewayHeiId : TestNetwork.ValidatorHeiIds[0],
            ReceivingHeiId = outgoing ? TestNetwork.ValidatorHeiIds[0] : TestNetwork.GatewayHeiId,
            ReceivingAcademicYearId = "2026/2027",
            EqfLevel = 7,
            IscedFCode = "0613",
            Provenance = outgoing
                ? new Provenance()
                : new Provenance { Source = ProvenanceSource.Partner, PartnerHeiId = TestNetwork.ValidatorHeiIds[0], PartnerObjectId = id },
        };
        return await gateway.Services.GetRequiredService<NominationStore>().CreateAsync(nomination, null, Ct);
    }

    private async Task<XDocument> GetAsync(string omobilityId)
    {
        var request = new EwpRequest
        {
            Path = OmobilitiesGetTests.Path,
            Parameters = OmobilitiesGetTests.Ids(omobilityId),
            Key = gateway.Network.ValidatorClient,
            Time = TimeProvider.System.GetUtcNow(),
        };
        var response = await gateway.SendAsync(request, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return XmlAssert.Valid(body, XmlAssert.OmobilitiesGetXsd);
    }

    // As a receiving HEI does: the proposal-id comes from the get answer.
    private async Task<string> ProposalIdAsync(string omobilityId) =>
        (await GetAsync(omobilityId)).Descendants(Get + "nomination").Single().Attribute("proposal-id")!.Value;

    private async Task<HttpResponseMessage> PostAsync(string xml, TestKey? key = null, string contentType = "text/xml; charset=utf-8")
    {
        using var request = SignedXmlPost.Build(gateway.BaseAddress, Path, xml, key ?? gateway.Network.ValidatorClient, contentType: contentType);
        return await gateway.Client.SendAsync(request, Ct);
    }
}
