using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Grpc;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>
/// The real gateway (EWP and gRPC, SQLite or PostgreSQL) whose registry is the partner simulator's catalogue, and the
/// simulated partners trusting the gateway's keys; for driving the partner sources directly.
/// </summary>
internal sealed class SimulatedPartnerGateway : IAsyncDisposable
{
    private readonly TestNetwork _keys;
    private readonly List<IServiceScope> _scopes = [];

    private SimulatedPartnerGateway(TestNetwork keys, SimulatedNetwork simulator, GrpcGatewayHost gateway)
    {
        _keys = keys;
        Simulator = simulator;
        Gateway = gateway;
    }

    public SimulatedNetwork Simulator { get; }

    public GrpcGatewayHost Gateway { get; }

    public SimulatedPartner Partner => Simulator.Partners[0];

    public IServiceProvider Services => Gateway.Services;

    /// <summary>Starts one simulated partner with no seeded data (tests add what they need), then the gateway.</summary>
    public static async Task<SimulatedPartnerGateway> StartAsync(
        string? postgresConnectionString, IReadOnlyDictionary<string, string?>? settings, CancellationToken ct)
    {
        var keys = new TestNetwork();
        var options = new SimulatorOptions
        {
            PartnerCount = 1,
            GatewayHeiId = TestNetwork.GatewayHeiId,
            AgreementsPerPartner = 0,
            NominationsPerPartner = 0,
            TranscriptsPerPartner = 0,
            MaxIds = 3,
        };
        options.GatewayClientKeys.Add(keys.GatewayClient.Rsa);
        options.GatewayServerKeys.Add(keys.GatewayServer.Rsa);
        var simulator = SimulatedNetwork.Start(options.WithSampleKeys());
        try
        {
            var extra = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
            {
                ["Ewp:Registry:Url"] = simulator.CatalogueUrl.ToString(),

                // The tests drive the sources themselves; the workers would fetch and count behind their backs.
                ["Ewp:Sync:Enabled"] = "false",
                ["Ewp:Outbox:Enabled"] = "false",
                ["Ewp:Keys:ClientKeyPath"] = keys.GatewayClientKeyPath,
                ["Ewp:Keys:ServerKeyPath"] = keys.GatewayServerKeyPath,
            };
            var gateway = await GrpcGatewayHost.StartAsync(false, postgresConnectionString, extra, ct);
            return new SimulatedPartnerGateway(keys, simulator, gateway);
        }
        catch
        {
            await simulator.DisposeAsync();
            keys.Dispose();
            throw;
        }
    }

    /// <summary>The registered source of type <typeparamref name="T"/>, from a scope kept until disposal.</summary>
    public T Source<T>()
        where T : IPartnerObjectSource
    {
        var scope = Services.CreateScope();
        _scopes.Add(scope);
        return scope.ServiceProvider.GetServices<IPartnerObjectSource>().OfType<T>().Single();
    }

    public T Service<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public async Task<List<ChangeLogEntry>> ChangeLogAsync(CancellationToken ct)
    {
        await using var db = Service<GatewayDbContextFactory>().CreateDbContext();
        return await db.ChangeLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct);
    }

    public async Task<List<PayloadIssue>> IssuesAsync(CancellationToken ct)
    {
        await using var db = Service<GatewayDbContextFactory>().CreateDbContext();
        return await db.PayloadIssues.AsNoTracking().ToListAsync(ct);
    }

    public async Task<int> OutboxCountAsync(CancellationToken ct)
    {
        await using var db = Service<GatewayDbContextFactory>().CreateDbContext();
        return await db.Outbox.CountAsync(ct);
    }

    public async Task<List<T>> AllAsync<T>(CancellationToken ct)
        where T : EwpGateway.Infrastructure.Persistence.Model.AggregateRoot
    {
        await using var db = Service<GatewayDbContextFactory>().CreateDbContext();
        return await db.Set<T>().AsNoTracking().AsAggregate().ToListAsync(ct);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var scope in _scopes)
        {
            scope.Dispose();
        }

        await Gateway.DisposeAsync();
        await Simulator.DisposeAsync();
        _keys.Dispose();
    }
}
