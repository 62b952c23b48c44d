using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.PartnerSimulator;

/// <summary>The registry catalogue of a simulated network: XSD-valid, read by the gateway's parser, served and written.</summary>
public sealed class SimulatedCatalogueTests
{
    private const string CatalogueXsd = "ewp-specs-api-registry/catalogue.xsd";

    [Fact]
    public async Task BuildCatalogueXml_ValidAndParsedByGateway()
    {
        await using var sim = SimulatorHarness.Start();

        XmlAssert.Valid(sim.Network.BuildCatalogueXml(), CatalogueXsd);
        var catalogue = sim.Current!;

        foreach (var partner in sim.Network.Partners)
        {
            Assert.Equal(partner.HeiId, Assert.Single(catalogue.GetHeisForClientKey(partner.ClientKeyId)));
            var iias = Assert.Single(catalogue.GetApis(partner.HeiId, "iias"));
            Assert.Equal(new Uri(partner.BaseUrl, "iias/get").AbsoluteUri, iias.Urls["get-url"]);
            Assert.Equal("10", iias.Limits["max-iia-ids"]);
            Assert.True(catalogue.IsServerKeyFor(partner.ServerKeyId, new Uri(partner.BaseUrl, "echo")));
            Assert.NotNull(catalogue.CreatePublicKey(partner.ServerKeyId));
        }

        Assert.Equal(TestNetwork.GatewayHeiId, Assert.Single(catalogue.GetHeisForClientKey(sim.GatewayClient.KeyId)));
        Assert.NotNull(catalogue.CreatePublicKey(sim.GatewayServer.KeyId));
    }

    [Theory]
    [InlineData("iia-cnr", "url", "http://127.0.0.1:5080/ewp/iia-cnr")]
    [InlineData("iia-approval-cnr", "url", "http://127.0.0.1:5080/ewp/iia-approval-cnr")]
    [InlineData("omobility-cnr", "url", "http://127.0.0.1:5080/ewp/omobility-cnr")]
    [InlineData("imobility-tor-cnr", "url", "http://127.0.0.1:5080/ewp/imobility-tor-cnr")]
    [InlineData("iias", "get-url", "http://127.0.0.1:5080/ewp/iias/get")]
    [InlineData("iias", "stats-url", "http://127.0.0.1:5080/ewp/iias/stats")]
    [InlineData("iias-approval", "url", "http://127.0.0.1:5080/ewp/iias-approval")]
    [InlineData("omobilities", "update-url", "http://127.0.0.1:5080/ewp/omobilities/update")]
    [InlineData("imobility-tors", "index-url", "http://127.0.0.1:5080/ewp/imobility-tors/index")]
    [InlineData("echo", "url", "http://127.0.0.1:5080/ewp/echo")]
    public async Task Catalogue_GatewayApis_AtGatewayPaths(string api, string urlName, string expected)
    {
        await using var sim = SimulatorHarness.Start();

        var entry = Assert.Single(sim.Current!.GetApis(TestNetwork.GatewayHeiId, api));

        Assert.Equal(expected, entry.Urls[urlName]);
    }

    [Fact]
    public async Task CatalogueUrl_ServesCurrentCatalogue_AndFileMatches()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        var file = Path.Combine(Directory.CreateTempSubdirectory("sim-catalogue-").FullName, "nested", "catalogue.xml");
        sim.First.Faults.V6Only = true;
        using var http = new HttpClient();

        var served = await http.GetStringAsync(sim.Network.CatalogueUrl, ct);
        await sim.Network.WriteCatalogueAsync(file, ct);

        XmlAssert.Valid(served, CatalogueXsd);
        Assert.Contains("ewp-specs-api-iias/blob/stable-v6/manifest-entry.xsd", served, StringComparison.Ordinal);
        Assert.Equal(served, await File.ReadAllTextAsync(file, ct));
        Directory.Delete(Path.GetDirectoryName(Path.GetDirectoryName(file))!, recursive: true);
    }
}
