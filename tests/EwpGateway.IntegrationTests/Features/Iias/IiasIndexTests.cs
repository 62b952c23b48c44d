using System.Net;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Iias;

/// <summary>
/// IIAs v7 <c>index</c> against the sample data: the scenarios of digest tables 4.5 and 8.9 (index), each with
/// GET and POST, every 200 body checked against the official XSD; and visibility consistent with <c>get</c>.
/// </summary>
public sealed class IiasIndexTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    internal const string Path = "/ewp/iias/index";
    private const string Year = "receiving_academic_year_id";
    private const string Since = "modified_since";

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_NoParameters_200OnlyTheCallersIias(string method)
    {
        var ids = await OkAsync(method, []);

        Assert.Equal(["iia-validator-hei01", "iia-validator-hei02"], ids.Order());
    }

    [Theory]
    [InlineData("GET", "2026/2027")]
    [InlineData("POST", "2026/2027")]
    [InlineData("GET", "2025/2026")]
    [InlineData("POST", "2028/2029")]
    public async Task Index_KnownYear_200ContainsTheId(string method, string year)
    {
        var ids = await OkAsync(method, [new(Year, year)]);

        Assert.Contains(IiasGetTests.ValidatorIia, ids);
    }

    [Theory]
    [InlineData("GET", "2010/2011")]
    [InlineData("POST", "2010/2011")]
    [InlineData("GET", "1653/1654")]
    [InlineData("POST", "1653/1654")]
    [InlineData("GET", "2024/2024")]
    [InlineData("POST", "2029/2030")]
    public async Task Index_YearOutsideEveryCondition_200Empty(string method, string year)
    {
        Assert.Empty(await OkAsync(method, [new(Year, year)]));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_SouthernHemisphereYearInside_200ContainsTheId(string method)
    {
        Assert.Contains(IiasGetTests.ValidatorIia, await OkAsync(method, [new(Year, "2027/2027")]));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_RepeatedYears_200AnyOfThem(string method)
    {
        Assert.Contains(IiasGetTests.ValidatorIia, await OkAsync(method, [new(Year, "1653/1654"), new(Year, "2026/2027")]));
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
    public async Task Index_ModifiedSinceTwice_400(string method) =>
        await BadRequestAsync(method, [new(Since, "2000-01-01T00:00:00Z"), new(Since, "2001-01-01T00:00:00Z")], Since);

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_ModifiedSinceFiveYearsAhead_200Empty(string method)
    {
        var future = TimeProvider.System.GetUtcNow().AddYears(5).ToString("yyyy-MM-dd'T'HH:mm:ssK", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Empty(await OkAsync(method, [new(Since, future)]));
    }

    [Theory]
    [InlineData("GET", "2000-01-01T00:00:00Z")]
    [InlineData("POST", "2000-01-01T00:00:00+01:00")]
    [InlineData("GET", "2004-02-12T15:19:21")]
    public async Task Index_ModifiedSinceLongAgo_200ContainsTheId(string method, string since)
    {
        Assert.Contains(IiasGetTests.ValidatorIia, await OkAsync(method, [new(Since, since)]));
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
    [MemberData(nameof(Methods))]
    public async Task Index_UnknownParameter_400(string method) =>
        await BadRequestAsync(method, [new("hei_id", TestNetwork.ValidatorHeiIds[0])], "hei_id");

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Index_OtherMethods_405(string method)
    {
        var response = await gateway.SendAsync(method, Path, [], TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_CallerNotAPartner_200Empty(string method)
    {
        Assert.Empty(await OkAsync(method, [], gateway.Network.StrangerClient));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Index_EveryListedId_IsReturnedByGet(string method)
    {
        var ct = TestContext.Current.CancellationToken;
        var ids = await OkAsync(method, []);

        var response = await gateway.SendAsync(method, IiasGetTests.Path, IiasGetTests.Ids([.. ids]), ct);

        var doc = XmlAssert.Valid(await response.Content.ReadAsStringAsync(ct), XmlAssert.IiasGetXsd);
        Assert.Equal(ids.Count, doc.Root!.Elements().Count());
    }

    private async Task<IReadOnlyList<string>> OkAsync(string method, KeyValuePair<string, string>[] parameters, TestKey? key = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct, key);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct));
        return [.. XmlAssert.Valid(body, XmlAssert.IiasIndexXsd).Root!.Elements().Select(e => e.Value)];
    }

    private async Task BadRequestAsync(string method, KeyValuePair<string, string>[] parameters, string mentioned)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
