using System.Net;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Institutions;

/// <summary>
/// Institutions v2 against the sample data: the scenarios of digest tables 4.4 and 8.8, each with GET and POST,
/// every 200 body checked against the official XSD.
/// </summary>
public sealed class InstitutionsTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    private const string Path = "/ewp/institutions";
    private const int MaxHeiIds = 10;
    private static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-institutions/tree/stable-v2";

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_OurHei_200WithNamesOtherIdsAndUnits(string method)
    {
        var doc = await OkAsync(method, Heis(TestNetwork.GatewayHeiId));

        var hei = Assert.Single(doc.Root!.Elements(Ns + "hei"));
        Assert.Equal(TestNetwork.GatewayHeiId, hei.Element(Ns + "hei-id")!.Value);
        Assert.Contains(hei.Elements(Ns + "name"), n => n.Value == "Toulouse INP");
        Assert.Contains(hei.Elements(Ns + "other-id"), o => o.Attribute("type")!.Value == "erasmus");
        var units = hei.Elements(Ns + "ounit-id").Select(e => e.Value).ToList();
        Assert.Equal(["n7", "a7", "ensat"], units);
        if (hei.Element(Ns + "root-ounit-id") is { } root)
        {
            Assert.Contains(root.Value, units);
        }
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_UnknownHei_200Empty(string method)
    {
        Assert.Empty((await OkAsync(method, Heis("unknown.example.org"))).Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_PartnerHeiWeDoNotCover_200Empty(string method)
    {
        Assert.Empty((await OkAsync(method, Heis(TestNetwork.ValidatorHeiIds[0]))).Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_KnownAndUnknown_200OnlyTheKnown(string method)
    {
        var doc = await OkAsync(method, Heis("unknown.example.org", TestNetwork.GatewayHeiId));

        Assert.Equal([TestNetwork.GatewayHeiId], doc.Root!.Elements(Ns + "hei").Select(h => h.Element(Ns + "hei-id")!.Value));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_ExactlyMaxIds_200(string method)
    {
        var doc = await OkAsync(method, Heis([.. Enumerable.Repeat(TestNetwork.GatewayHeiId, MaxHeiIds)]));

        Assert.Single(doc.Root!.Elements(Ns + "hei"));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_NoParameters_400(string method) => await BadRequestAsync(method, [], "hei_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_MaxPlusOneKnown_400(string method) =>
        await BadRequestAsync(method, Heis([.. Enumerable.Repeat(TestNetwork.GatewayHeiId, MaxHeiIds + 1)]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_MaxPlusOneUnknown_400(string method) =>
        await BadRequestAsync(method, Heis([.. Enumerable.Range(0, MaxHeiIds + 1).Select(i => $"u{i}.example.org")]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Institutions_UnknownParameter_400(string method) =>
        await BadRequestAsync(method, [new("hei_id_param", TestNetwork.GatewayHeiId)], "hei_id_param");

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Institutions_OtherMethods_405(string method)
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.SendAsync(method, Path, Heis(TestNetwork.GatewayHeiId), ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    private static KeyValuePair<string, string>[] Heis(params string[] ids) => [.. ids.Select(id => new KeyValuePair<string, string>("hei_id", id))];

    private async Task<XDocument> OkAsync(string method, KeyValuePair<string, string>[] parameters)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct));
        return XmlAssert.Valid(body, XmlAssert.InstitutionsXsd);
    }

    private async Task BadRequestAsync(string method, KeyValuePair<string, string>[] parameters, string mentioned)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
