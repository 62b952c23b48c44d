using System.Net;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Iias;

/// <summary>IIAs v7 <c>stats</c> (GET only) against the sample data, and the IIAs entry of the manifest.</summary>
public sealed class IiasStatsTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    private const string Path = "/ewp/iias/stats";
    private static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/stats-response.xsd";
    private static readonly XNamespace Entry = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/manifest-entry.xsd";

    [Fact]
    public async Task Stats_Get_200ValidCountsOfEverySampleIia()
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.SendAsync("GET", Path, [], ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct));
        var root = XmlAssert.Valid(body, XmlAssert.IiasStatsXsd).Root!;
        Assert.Equal("10", root.Element(Ns + "iia-fetchable")!.Value);
        var approved = new[] { "iia-local-unapproved-partner-approved", "iia-local-approved-partner-unapproved", "iia-both-approved" }
            .Sum(name => int.Parse(root.Element(Ns + name)!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(approved, 0, 10);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Stats_OtherMethods_405(string method)
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.SendAsync(method, Path, [], ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Stats_WithAParameter_400()
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.SendAsync("GET", Path, [new("iia_id", "x")], ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Manifest_ListsIiasAndInstitutions_StillValidDiscoveryV6()
    {
        var ct = TestContext.Current.CancellationToken;

        var body = await gateway.Client.GetStringAsync("/ewp/manifest", ct);

        var doc = XmlAssert.Valid(body, XmlAssert.ManifestXsd);
        var iias = Assert.Single(doc.Descendants(Entry + "iias"));
        Assert.Equal("7.0.0", iias.Attribute("version")!.Value);
        Assert.Equal($"https://{gateway.BaseAddress.Authority}/ewp/iias/get", iias.Element(Entry + "get-url")!.Value);
        Assert.Equal("10", iias.Element(Entry + "max-iia-ids")!.Value);
        Assert.Equal($"https://{gateway.BaseAddress.Authority}/ewp/iias/index", iias.Element(Entry + "index-url")!.Value);
        Assert.Equal($"https://{gateway.BaseAddress.Authority}/ewp/iias/stats", iias.Element(Entry + "stats-url")!.Value);
        XNamespace institutions = "https://github.com/erasmus-without-paper/ewp-specs-api-institutions/blob/stable-v2/manifest-entry.xsd";
        var entry = Assert.Single(doc.Descendants(institutions + "institutions"));
        Assert.Equal("10", entry.Element(institutions + "max-hei-ids")!.Value);
    }
}
