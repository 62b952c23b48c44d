using System.Globalization;
using System.Net;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>
/// IMobility ToRs v2 <c>index</c> against the sample data: the index cases of digest table 8.5 (and the
/// <c>modified_since</c> cases of 8.1), each with GET and POST, every 200 body checked against the ToRs v2 XSD;
/// visibility consistent with <c>get</c>; and the v2 manifest entry.
/// </summary>
public sealed class TorsIndexTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    private const string Path = "/ewp/imobility-tors/index";
    private const string Receiving = "receiving_hei_id";
    private const string Sending = "sending_hei_id";
    private const string Since = "modified_since";
    private const string Validator2Mobility = "im-validator2-1";
    private static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/index-response.xsd";
    private static readonly XNamespace Entry = "https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/blob/stable-v2/manifest-entry.xsd";
    private static readonly KeyValuePair<string, string> Home = new(Receiving, TestNetwork.GatewayHeiId);

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    public static TheoryData<string, string> BadSince => new()
    {
        { "GET", "not-a-date" }, { "GET", "2015-05-29" }, { "GET", "05/29/2015 05:50" },
        { "POST", "not-a-date" }, { "POST", "2015-05-29" }, { "POST", "05/29/2015 05:50" },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_KnownReceivingHei_200TheCallersTranscriptsOnly(string method)
    {
        var ids = await OkAsync(method, [Home]);

        Assert.Equal([TorsGetTests.ValidatorMobility, Validator2Mobility], ids);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_EveryListedId_IsServedByGetToTheSameCaller(string method)
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = await OkAsync(method, [Home]);

        var response = await gateway.SendAsync(method, TorsGetTests.Path, TorsGetTests.Request([.. ids]), ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var served = XmlAssert.Valid(body, XmlAssert.TorsGetXsd).Root!.Elements(TorsGetTests.Ns + "tor")
            .Select(t => t.Element(TorsGetTests.Ns + "omobility-id")!.Value);
        Assert.Equal(ids, served);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_ReceivingHeiTwice_400(string method) => await BadRequestAsync(method, [Home, Home], Receiving);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_KnownAndUnknownReceivingHei_400(string method) =>
        await BadRequestAsync(method, [Home, new(Receiving, "unknown.example.com")], Receiving);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_OnlySendingHei_400(string method) =>
        await BadRequestAsync(method, [new(Sending, TestNetwork.ValidatorHeiIds[0])], Receiving);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_NoParameters_400(string method) => await BadRequestAsync(method, [], Receiving);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_OnlyUnknownParameter_400(string method) =>
        await BadRequestAsync(method, [new("receiving_hei_id_param", TestNetwork.GatewayHeiId)], "receiving_hei_id_param");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_UnknownReceivingHeiAlone_200Empty(string method) =>
        Assert.Empty(await OkAsync(method, [new(Receiving, "unknown.example.com")]));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_UnknownSendingHei_200Empty(string method) =>
        Assert.Empty(await OkAsync(method, [Home, new(Sending, "unknown.example.com")]));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_TwoUnknownSendingHeis_200Empty(string method) =>
        Assert.Empty(await OkAsync(method, [Home, new(Sending, "unknown1.example.com"), new(Sending, "unknown2.example.com")]));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_KnownAndUnknownSendingHei_200OnlyTheKnownOnes(string method)
    {
        var ids = await OkAsync(method, [Home, new(Sending, TestNetwork.ValidatorHeiIds[0]), new(Sending, "unknown.example.com")]);

        Assert.Equal([TorsGetTests.ValidatorMobility], ids);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_SendingHeiTheCallerDoesNotCover_200Empty(string method) =>
        Assert.Empty(await OkAsync(method, [Home, new(Sending, "gtu.ge")]));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_StrangerKey_200Empty(string method) =>
        Assert.Empty(await OkAsync(method, [Home], gateway.Network.StrangerClient));

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_ModifiedSinceTwice_400(string method) =>
        await BadRequestAsync(method, [Home, new(Since, "2004-02-12T15:19:21+01:00"), new(Since, "2004-02-12T15:19:21+01:00")], Since);

    [Theory]
    [MemberData(nameof(BadSince))]
    public async Task Index_ModifiedSinceBadFormat_400(string method, string value) =>
        await BadRequestAsync(method, [Home, new(Since, value)], Since);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_ModifiedSinceInTheFuture_200Empty(string method)
    {
        var future = TimeProvider.System.GetUtcNow().AddYears(20).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

        Assert.Empty(await OkAsync(method, [Home, new(Since, future)]));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_ModifiedSinceInThePast_200ContainsTheIds(string method)
    {
        Assert.Equal([TorsGetTests.ValidatorMobility, Validator2Mobility], await OkAsync(method, [Home, new(Since, "2000-01-01T00:00:00Z")]));
        Assert.Equal([TorsGetTests.ValidatorMobility, Validator2Mobility], await OkAsync(method, [Home, new(Since, "2004-02-12T15:19:21+01:00")]));
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Index_OtherMethods_405(string method)
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.SendAsync(method, Path, [Home], ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Manifest_ListsImobilityTorsV2_ValidEntry()
    {
        var ct = TestContext.Current.CancellationToken;

        var body = await gateway.Client.GetStringAsync("/ewp/manifest", ct);

        var doc = XmlAssert.Valid(body, XmlAssert.ManifestXsd);
        var entry = Assert.Single(doc.Descendants(Entry + "imobility-tors"));
        XmlAssert.Valid(entry.ToString(), XmlAssert.TorsEntryXsd);
        var authority = gateway.BaseAddress.Authority;
        Assert.Equal("2.0.0", entry.Attribute("version")!.Value);
        Assert.Equal($"https://{authority}/ewp/imobility-tors/get", entry.Element(Entry + "get-url")!.Value);
        Assert.Equal($"https://{authority}/ewp/imobility-tors/index", entry.Element(Entry + "index-url")!.Value);
        Assert.Equal("10", entry.Element(Entry + "max-omobility-ids")!.Value);
        XNamespace cnr = "https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tor-cnr/blob/stable-v2/manifest-entry.xsd";
        Assert.Single(doc.Descendants(cnr + "imobility-tor-cnr"));
    }

    private async Task<List<string>> OkAsync(string method, KeyValuePair<string, string>[] parameters, TestKey? key = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct, key);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct));
        return [.. XmlAssert.Valid(body, XmlAssert.TorsIndexXsd).Root!.Elements(Ns + "omobility-id").Select(e => e.Value)];
    }

    private async Task BadRequestAsync(string method, KeyValuePair<string, string>[] parameters, string mentioned)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
