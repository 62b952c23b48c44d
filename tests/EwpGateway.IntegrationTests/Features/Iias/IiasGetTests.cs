using System.Net;
using System.Xml.Linq;
using EwpGateway.Features.Iias;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Iias;

/// <summary>
/// IIAs v7 <c>get</c> against the sample data: the scenarios of digest tables 4.4 and 8.9 (get), each with GET
/// and POST, every 200 body checked against the official XSD and every served <c>iia-hash</c> recomputed.
/// </summary>
public sealed class IiasGetTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    internal const string Path = "/ewp/iias/get";
    internal const string ValidatorIia = "iia-validator-hei01";
    private const int MaxIiaIds = 10;
    private static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd";

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_KnownId_200ExactlyItWithOurIdFirstAndMatchingHash(string method)
    {
        var doc = await OkAsync(method, Ids(ValidatorIia));

        var iia = Assert.Single(doc.Root!.Elements(Ns + "iia"));
        var partners = iia.Elements(Ns + "partner").ToList();
        Assert.Equal(TestNetwork.GatewayHeiId, partners[0].Element(Ns + "hei-id")!.Value);
        Assert.Equal(ValidatorIia, partners[0].Element(Ns + "iia-id")!.Value);
        Assert.Equal(TestNetwork.ValidatorHeiIds[0], partners[1].Element(Ns + "hei-id")!.Value);
        AssertHashesMatch(doc);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_EveryIiaOfTheHomeHei_HashesRecomputeToTheServedValues(string method)
    {
        var index = await gateway.SendAsync("GET", IiasIndexTests.Path, [], TestContext.Current.CancellationToken, gateway.Network.GatewayClient);
        var ids = XDocument.Parse(await index.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .Root!.Elements().Select(e => e.Value).ToList();
        Assert.InRange(ids.Count, 3, MaxIiaIds);

        var doc = await OkAsync(method, Ids([.. ids]), gateway.Network.GatewayClient);

        Assert.Equal(ids.Order(), doc.Root!.Elements(Ns + "iia").Select(IiaId).Order());
        AssertHashesMatch(doc);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_UnknownId_200Empty(string method)
    {
        var doc = await OkAsync(method, Ids("no-such-iia"));

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_KnownAndUnknownId_200OnlyTheKnown(string method)
    {
        var doc = await OkAsync(method, Ids(ValidatorIia, "no-such-iia"));

        Assert.Equal([ValidatorIia], doc.Root!.Elements(Ns + "iia").Select(IiaId));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_ExactlyMaxIds_200ContainsTheId(string method)
    {
        var doc = await OkAsync(method, Ids([.. Enumerable.Repeat(ValidatorIia, MaxIiaIds)]));

        Assert.Contains(ValidatorIia, doc.Root!.Elements(Ns + "iia").Select(IiaId));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_NoParameters_400(string method) => await BadRequestAsync(method, [], "iia_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_MaxPlusOneKnownIds_400(string method) =>
        await BadRequestAsync(method, Ids([.. Enumerable.Repeat(ValidatorIia, MaxIiaIds + 1)]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_MaxPlusOneUnknownIds_400(string method) =>
        await BadRequestAsync(method, Ids([.. Enumerable.Range(0, MaxIiaIds + 1).Select(i => $"unknown-{i}")]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_OnlyUnknownParameter_400(string method) =>
        await BadRequestAsync(method, [new("iia_id_param", ValidatorIia)], "iia_id_param");

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Get_OtherMethods_405(string method)
    {
        var response = await gateway.SendAsync(method, Path, Ids(ValidatorIia), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_CallerNotAPartner_200Empty(string method)
    {
        var doc = await OkAsync(method, Ids(ValidatorIia, "iia-ka131-utwente"), gateway.Network.StrangerClient);

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_ValidatorAsksForAnotherPartnersIia_200Empty(string method)
    {
        var doc = await OkAsync(method, Ids("iia-ka131-utwente"));

        Assert.Empty(doc.Root!.Elements());
    }

    internal static KeyValuePair<string, string>[] Ids(params string[] ids) => [.. ids.Select(id => new KeyValuePair<string, string>("iia_id", id))];

    private static string IiaId(XElement iia) => iia.Element(Ns + "partner")!.Element(Ns + "iia-id")!.Value;

    // As the validator does: the served document as it is, hashed by the same algorithm as the official XSLT.
    private static void AssertHashesMatch(XDocument served)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(served.ToString(SaveOptions.DisableFormatting)));
        var recomputed = IiaHashCalculator.Compute(IiaHashCalculator.Parse(stream));
        var servedHashes = served.Root!.Elements(Ns + "iia").Select(i => i.Element(Ns + "iia-hash")!.Value).ToList();
        Assert.NotEmpty(servedHashes);
        Assert.Equal(servedHashes, recomputed.Select(r => r.Hash));
    }

    private async Task<XDocument> OkAsync(string method, KeyValuePair<string, string>[] parameters, TestKey? key = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct, key);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var problem = await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct);
        Assert.Null(problem);
        return XmlAssert.Valid(body, XmlAssert.IiasGetXsd);
    }

    private async Task BadRequestAsync(string method, KeyValuePair<string, string>[] parameters, string mentioned)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
