using System.Net;
using EwpGateway.Infrastructure.Observability;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EwpGateway.IntegrationTests.Infrastructure.Observability;

/// <summary><c>/metrics</c> in Prometheus text format, fed by real requests and the database.</summary>
public sealed class MetricsTests : IAsyncLifetime
{
    private readonly TestNetwork _network = new();
    private GatewayFactory? _factory;
    private HttpClient _client = null!;
    private Uri _base = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new GatewayFactory(_network.GatewaySettings());
        _base = _factory.Start();
        _client = new HttpClient { BaseAddress = _base, Timeout = TimeSpan.FromSeconds(30) };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _network.Dispose();
    }

    [Fact]
    public async Task Metrics_AfterTraffic_ExposesEveryListedSeries()
    {
        // A signed echo (200), an unsigned one (401: no signature) and one signed with a key nobody registered (403).
        var signed = new EwpRequest { Method = "GET", Path = "/ewp/echo", Parameters = [], Key = _network.ValidatorClient, Time = TimeProvider.System.GetUtcNow() };
        Assert.Equal(HttpStatusCode.OK, (await Send(signed)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(signed with { Key = null })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(signed with { Key = _network.Unregistered })).StatusCode);
        await using (var db = _factory!.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext())
        {
            db.Outbox.Add(new OutboxMessage { PartnerHeiId = "utwente.nl", Kind = OutboxKind.IiaCnr, ObjectId = "x", CreatedAt = TimeProvider.System.GetUtcNow() });
            db.SyncStates.Add(new SyncState { PartnerHeiId = "utwente.nl", Api = "iias", LastSuccessAt = TimeProvider.System.GetUtcNow().AddMinutes(-10) });
            await db.SaveChangesAsync(Ct);
        }

        await _factory.Services.GetServices<IHostedService>().OfType<MetricsSampler>().Single().SampleAsync(Ct);

        var text = await _client.GetStringAsync("/metrics", Ct);

        Assert.Matches("ewp_server_requests_total\\{[^}]*api=\"echo\"[^}]*status=\"200\"\\} 1", text);
        Assert.Matches("ewp_server_requests_total\\{[^}]*status=\"401\"", text);
        Assert.Matches("ewp_signature_failures_total\\{[^}]*reason=\"UnknownKey\"", text);
        Assert.Matches("ewp_outbox_depth\\{[^}]*partner=\"utwente.nl\"[^}]*\\} 1", text);
        Assert.Matches("ewp_inbox_depth\\{[^}]*\\} 0", text);
        Assert.Matches("ewp_sync_lag_seconds\\{[^}]*partner=\"utwente.nl\"", text);
        Assert.Contains("http_server_request_duration_seconds_bucket", text, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Send(EwpRequest request)
    {
        using var message = request.Build(_base);
        return await _client.SendAsync(message, Ct);
    }
}
