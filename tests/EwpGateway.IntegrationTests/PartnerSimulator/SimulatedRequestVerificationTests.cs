using EwpGateway.HttpSignatures;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.PartnerSimulator;

/// <summary>Requests not signed by a gateway client key are refused with an error response and logged as such.</summary>
public sealed class SimulatedRequestVerificationTests
{
    [Fact]
    public async Task Unsigned_Refused401AndLogged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        using var http = new HttpClient();

        using var response = await http.GetAsync(SimulatorHarness.Url(sim.First, "iias/index"), ct);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("realm=\"EWP\"", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
        var logged = Assert.Single(sim.First.Requests.Snapshot());
        Assert.False(logged.SignatureValid);
        Assert.NotNull(logged.SignatureError);
    }

    [Fact]
    public async Task SignedWithUnknownKey_Refused403()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        var stranger = new TestKey();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, SimulatorHarness.Url(sim.First, "echo"));
        await new HttpRequestSigner(stranger.Rsa, null, TimeProvider.System).SignAsync(request, ct);

        using var response = await http.SendAsync(request, ct);

        Assert.Equal(403, (int)response.StatusCode);
        var logged = Assert.Single(sim.First.Requests.Snapshot());
        Assert.Equal((false, stranger.KeyId), (logged.SignatureValid, logged.KeyId));
    }

    [Fact]
    public async Task BodyChangedAfterSigning_Refused400()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, SimulatorHarness.Url(sim.First, "iia-cnr"))
        {
            Content = new FormUrlEncodedContent([new("iia_id", "1")]),
        };
        await new HttpRequestSigner(sim.GatewayClient.Rsa, null, TimeProvider.System).SignAsync(request, ct);
        request.Content = new FormUrlEncodedContent([new("iia_id", "2")]);

        using var response = await http.SendAsync(request, ct);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Contains("Digest", Assert.Single(sim.First.Requests.Snapshot()).SignatureError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_Anonymous_Served()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        using var http = new HttpClient();

        var body = await http.GetStringAsync(SimulatorHarness.Url(sim.First, "manifest"), ct);

        XmlAssert.Valid(body, XmlAssert.ManifestXsd);
    }

    [Fact]
    public async Task Cnr_Get_Refused405()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        using var http = sim.SigningClient();

        using var response = await http.GetAsync(SimulatorHarness.Url(sim.First, "omobility-cnr?omobility_id=1"), ct);

        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal(SimEndpoint.OmobilityCnr, Assert.Single(sim.First.Requests.Snapshot()).Endpoint);
    }
}
