using System.Net;
using System.Text.Json;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.Features.Registry;

/// <summary>
/// The registry goes down or answers garbage after the gateway started: the gateway keeps authenticating
/// callers with the last good catalogue, and says so in <c>/readyz</c>.
/// </summary>
public sealed class RegistryOutageTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(TimeProvider.System.GetUtcNow());
    private TestNetwork _network = null!;
    private RegistryServer _registry = null!;
    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _network = new TestNetwork();
        _registry = await RegistryServer.StartAsync(_network.CatalogueXml, TestContext.Current.CancellationToken);
        _factory = new GatewayFactory(_network.GatewaySettings(_registry.CatalogueUrl.ToString()), _time);
        _client = new HttpClient { BaseAddress = _factory.Start() };
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        await _registry.DisposeAsync();
        _network.Dispose();
    }

    public static TheoryData<string> Faults => new() { "outage", "garbage", "invalid-against-xsd" };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task Refresh_RegistryFails_KeepsServingWithLastGoodCatalogueAndReportsIt(string fault)
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal("Healthy", (await ReadyAsync(ct)).Status);
        var requestsBefore = _registry.Requests;

        switch (fault)
        {
            case "outage":
                _registry.Fail();
                break;
            case "garbage":
                _registry.Serve("\u0001\u0002 this is not XML <<<");
                break;
            default:
                _registry.Serve("<catalogue xmlns=\"https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1\"><unexpected/></catalogue>");
                break;
        }

        _time.Advance(TimeSpan.FromMinutes(16));
        var ready = await WaitForAsync(r => r.ConsecutiveFailures > 0, ct);

        Assert.True(_registry.Requests > requestsBefore);
        Assert.Equal("Degraded", ready.Status);
        Assert.NotEqual("", ready.LastError);
        var echo = await _client.SendAsync(
            new EwpRequest { Path = "/ewp/echo", Key = _network.ValidatorClient, Time = _time.GetUtcNow() }.Build(_client.BaseAddress!), ct);
        Assert.Equal(HttpStatusCode.OK, echo.StatusCode);
    }

    [Fact]
    public async Task Refresh_RegistryRecovers_HealthyAgain()
    {
        var ct = TestContext.Current.CancellationToken;
        _registry.Fail();
        _time.Advance(TimeSpan.FromMinutes(16));
        await WaitForAsync(r => r.ConsecutiveFailures > 0, ct);

        _registry.Serve(_network.CatalogueXml);
        _time.Advance(TimeSpan.FromMinutes(16));
        var ready = await WaitForAsync(r => r.ConsecutiveFailures == 0, ct);

        Assert.Equal("Healthy", ready.Status);
    }

    private async Task<Readiness> WaitForAsync(Func<Readiness, bool> condition, CancellationToken ct)
    {
        // The refresh runs on the worker's thread once the fake clock ticks; poll its visible outcome.
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var ready = await ReadyAsync(ct);
            if (condition(ready))
            {
                return ready;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(50), ct);
        }

        throw new TimeoutException("The registry refresh did not happen.");
    }

    private async Task<Readiness> ReadyAsync(CancellationToken ct)
    {
        using var response = await _client.GetAsync("/readyz", ct);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(ct));
        var registry = json.RootElement.GetProperty("checks").GetProperty("registry");
        var data = registry.GetProperty("data");
        return new Readiness(
            json.RootElement.GetProperty("status").GetString()!,
            int.Parse(data.GetProperty("consecutiveFailures").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            data.GetProperty("lastError").GetString() ?? "");
    }

    private sealed record Readiness(string Status, int ConsecutiveFailures, string LastError);
}
