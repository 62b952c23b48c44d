using System.Net;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Nominations;

/// <summary>
/// Outgoing Mobilities v3 <c>get</c> against the sample data: the get cases of digest table 8.1, each with GET and
/// POST, every 200 body checked against the registry-bundled v3 XSD and signed; and visibility (only the receiving
/// HEI's key sees a nomination).
/// </summary>
public sealed class OmobilitiesGetTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    internal const string Path = "/ewp/omobilities/get";
    internal const string ValidatorMobility = "om-validator1-1";
    private const string TwenteMobility = "om-utwente-1";
    private const int MaxIds = 10;
    private static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/get-response.xsd";

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_KnownId_200ExactlyThatMobilityWithProposalId(string method)
    {
        var doc = await OkAsync(method, Ids(ValidatorMobility));

        var mobility = Assert.Single(doc.Root!.Elements(Ns + "student-mobility"));
        Assert.Equal(ValidatorMobility, mobility.Element(Ns + "omobility-id")!.Value);
        var nomination = mobility.Element(Ns + "nomination")!;
        Assert.False(string.IsNullOrEmpty(nomination.Attribute("proposal-id")?.Value));
        Assert.Equal(TestNetwork.GatewayHeiId, nomination.Element(Ns + "sending-hei")!.Element(Ns + "hei-id")!.Value);
        Assert.Equal(TestNetwork.ValidatorHeiIds[0], nomination.Element(Ns + "receiving-hei")!.Element(Ns + "hei-id")!.Value);
        Assert.Equal("2025/2026", nomination.Element(Ns + "receiving-academic-year-id")!.Value);
        Assert.Equal("pending", mobility.Element(Ns + "status")!.Value);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_UnknownId_200Empty(string method)
    {
        var doc = await OkAsync(method, Ids("no-such-mobility"));

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_KnownAndUnknownId_200OnlyTheKnown(string method)
    {
        var doc = await OkAsync(method, Ids(ValidatorMobility, "no-such-mobility"));

        Assert.Equal([ValidatorMobility], doc.Root!.Elements(Ns + "student-mobility").Select(OmobilityId));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_ExactlyMaxIds_200ContainsTheId(string method)
    {
        var doc = await OkAsync(method, Ids([.. Enumerable.Repeat(ValidatorMobility, MaxIds)]));

        Assert.Equal([ValidatorMobility], doc.Root!.Elements(Ns + "student-mobility").Select(OmobilityId));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_NoParameters_400(string method) => await BadRequestAsync(method, [], "omobility_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_MaxPlusOneKnownIds_400(string method) =>
        await BadRequestAsync(method, Ids([.. Enumerable.Repeat(ValidatorMobility, MaxIds + 1)]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_MaxPlusOneUnknownIds_400(string method) =>
        await BadRequestAsync(method, Ids([.. Enumerable.Range(0, MaxIds + 1).Select(i => $"unknown-{i}")]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_OnlyUnknownParameter_400(string method) =>
        await BadRequestAsync(method, [new("omobility_id_param", ValidatorMobility)], "omobility_id_param");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_V2SendingHeiParameter_400(string method) =>
        await BadRequestAsync(method, [new("sending_hei_id", TestNetwork.GatewayHeiId), .. Ids(ValidatorMobility)], "sending_hei_id");

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Get_OtherMethods_405(string method)
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.SendAsync(method, Path, Ids(ValidatorMobility), ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_CallerNotCoveringTheReceivingHei_200Empty(string method)
    {
        var doc = await OkAsync(method, Ids(ValidatorMobility, TwenteMobility), gateway.Network.StrangerClient);

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_ValidatorAsksForAnotherPartnersMobility_200Empty(string method)
    {
        var doc = await OkAsync(method, Ids(TwenteMobility));

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_IncomingNominationId_200Empty(string method)
    {
        // im-validator1-1 is the validator's nomination to us: it is served by the validator, not by us.
        var doc = await OkAsync(method, Ids("im-validator1-1"));

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_OwnHeiKey_200EmptyAsNoOutgoingMobilityGoesToUs(string method)
    {
        var doc = await OkAsync(method, Ids(ValidatorMobility, TwenteMobility), gateway.Network.GatewayClient);

        Assert.Empty(doc.Root!.Elements());
    }

    internal static KeyValuePair<string, string>[] Ids(params string[] ids) =>
        [.. ids.Select(id => new KeyValuePair<string, string>("omobility_id", id))];

    private static string OmobilityId(XElement mobility) => mobility.Element(Ns + "omobility-id")!.Value;

    private async Task<XDocument> OkAsync(string method, KeyValuePair<string, string>[] parameters, TestKey? key = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct, key);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct));
        return XmlAssert.Valid(body, XmlAssert.OmobilitiesGetXsd);
    }

    private async Task BadRequestAsync(string method, KeyValuePair<string, string>[] parameters, string mentioned)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
