using System.Globalization;
using System.Net;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Nominations;

/// <summary>
/// Outgoing Mobilities v3 <c>index</c> against the sample data: the index cases of digest table 8.1 (and 4.5), each
/// with GET and POST, every 200 body checked against the registry-bundled v3 XSD; visibility consistent with
/// <c>get</c>; and the v3 manifest entry.
/// </summary>
public sealed class OmobilitiesIndexTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    internal const string Path = "/ewp/omobilities/index";
    private const string Year = "receiving_academic_year_id";
    private const string Since = "modified_since";
    private static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/index-response.xsd";
    private static readonly XNamespace Entry = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/manifest-entry.xsd";

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_NoParameters_200OnlyTheMobilitiesTheCallerReceives(string method)
    {
        var ids = await OkAsync(method, []);

        Assert.Equal([OmobilitiesGetTests.ValidatorMobility], ids);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_EveryListedId_IsServedByGetToTheSameCaller(string method)
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = await OkAsync(method, []);

        var response = await gateway.SendAsync(method, OmobilitiesGetTests.Path, OmobilitiesGetTests.Ids([.. ids]), ct);

        var doc = XmlAssert.Valid(await response.Content.ReadAsStringAsync(ct), XmlAssert.OmobilitiesGetXsd);
        XNamespace get = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/get-response.xsd";
        Assert.Equal(ids, doc.Descendants(get + "omobility-id").Select(e => e.Value));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_KnownMobilitysYear_200ContainsTheId(string method)
    {
        Assert.Contains(OmobilitiesGetTests.ValidatorMobility, await OkAsync(method, [new(Year, "2025/2026")]));
    }

    [Theory]
    [InlineData("GET", "2010/2011")]
    [InlineData("POST", "2010/2011")]
    [InlineData("GET", "1653/1654")]
    [InlineData("POST", "1653/1654")]
    [InlineData("GET", "2025/2025")]
    [InlineData("POST", "2026/2026")]
    public async Task Index_YearWithoutMobilities_200Empty(string method, string year)
    {
        Assert.Empty(await OkAsync(method, [new(Year, year)]));
    }

    [Theory]
    [InlineData("GET", "test/test")]
    [InlineData("POST", "test/test")]
    [InlineData("GET", "2023-2024")]
    [InlineData("POST", "2023/2025")]
    public async Task Index_MalformedYear_400(string method, string year) =>
        await BadRequestAsync(method, [new(Year, year)], Year);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_YearTwice_400(string method) =>
        await BadRequestAsync(method, [new(Year, "2025/2026"), new(Year, "2026/2027")], Year);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_ModifiedSinceTwice_400(string method) =>
        await BadRequestAsync(method, [new(Since, "2000-01-01T00:00:00Z"), new(Since, "2001-01-01T00:00:00Z")], Since);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_ModifiedSinceTwentyYearsAhead_200Empty(string method)
    {
        var future = TimeProvider.System.GetUtcNow().AddYears(20).ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture);

        Assert.Empty(await OkAsync(method, [new(Since, future)]));
    }

    [Theory]
    [InlineData("GET", "2000-01-01T00:00:00Z")]
    [InlineData("POST", "2000-01-01T00:00:00+01:00")]
    [InlineData("GET", "2004-02-12T15:19:21+01:00")]
    [InlineData("POST", "2004-02-12T15:19:21")]
    public async Task Index_ModifiedSinceLongAgo_200ContainsTheId(string method, string since)
    {
        Assert.Contains(OmobilitiesGetTests.ValidatorMobility, await OkAsync(method, [new(Since, since)]));
    }

    [Theory]
    [InlineData("GET", "not-a-date")]
    [InlineData("POST", "not-a-date")]
    [InlineData("GET", "2015-05-29")]
    [InlineData("POST", "2015-05-29")]
    [InlineData("GET", "05/29/2015 05:50")]
    [InlineData("POST", "05/29/2015 05:50")]
    public async Task Index_ModifiedSinceMalformed_400(string method, string since) =>
        await BadRequestAsync(method, [new(Since, since)], Since);

    [Theory]
    [InlineData("GET", "sending_hei_id")]
    [InlineData("POST", "receiving_hei_id")]
    [InlineData("GET", "omobility_id_param")]
    public async Task Index_UnknownParameter_400(string method, string parameter) =>
        await BadRequestAsync(method, [new(parameter, TestNetwork.ValidatorHeiIds[0])], parameter);

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Index_OtherMethods_405(string method)
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.SendAsync(method, Path, [], ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_CallerNotCoveringAnyReceivingHei_200Empty(string method)
    {
        Assert.Empty(await OkAsync(method, [], gateway.Network.StrangerClient));
    }

    [Fact]
    public async Task Manifest_ListsOmobilitiesV3_ValidEntry()
    {
        var ct = TestContext.Current.CancellationToken;

        var body = await gateway.Client.GetStringAsync("/ewp/manifest", ct);

        var doc = XmlAssert.Valid(body, XmlAssert.ManifestXsd);
        var entry = Assert.Single(doc.Descendants(Entry + "omobilities"));
        XmlAssert.Valid(entry.ToString(), XmlAssert.OmobilitiesEntryXsd);
        var authority = gateway.BaseAddress.Authority;
        Assert.Equal("3.0.0", entry.Attribute("version")!.Value);
        Assert.Equal($"https://{authority}/ewp/omobilities/get", entry.Element(Entry + "get-url")!.Value);
        Assert.Equal($"https://{authority}/ewp/omobilities/index", entry.Element(Entry + "index-url")!.Value);
        Assert.Equal($"https://{authority}/ewp/omobilities/update", entry.Element(Entry + "update-url")!.Value);
        Assert.Equal("10", entry.Element(Entry + "max-omobility-ids")!.Value);
        XNamespace cnr = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-cnr/blob/stable-v2/manifest-entry.xsd";
        Assert.Single(doc.Descendants(cnr + "omobility-cnr"));
    }

    private async Task<List<string>> OkAsync(string method, KeyValuePair<string, string>[] parameters, TestKey? key = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct, key);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct));
        return [.. XmlAssert.Valid(body, XmlAssert.OmobilitiesIndexXsd).Root!.Elements(Ns + "omobility-id").Select(e => e.Value)];
    }

    private async Task BadRequestAsync(string method, KeyValuePair<string, string>[] parameters, string mentioned)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
