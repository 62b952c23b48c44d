using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Grpc;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>
/// The real gateway (EWP on a free port, gRPC on another) whose registry is the catalogue of a simulated network, the
/// sync workers off (<c>Ewp:Sync:Enabled=false</c>): tests drive <see cref="InboxProcessor"/> and <see cref="Reconciler"/>.
/// Partner calls retry fast and time out after 2 s per attempt.
/// </summary>
internal sealed class SimulatedSyncHost : IAsyncDisposable
{
    public const string Home = "inp-toulouse.fr";
    public const string GrpcToken = "test-grpc-token-0123456789abcdefghij";

    private readonly GrpcGatewayFactory _factory;
    private readonly string _folder;

    private SimulatedSyncHost(SimulatedNetwork network, GrpcGatewayFactory factory, string folder, Uri grpc)
    {
        Network = network;
        _factory = factory;
        _folder = folder;
        Channel = GrpcChannel.ForAddress(grpc);
        Authorized = Channel.Intercept(m =>
        {
            m.Add("authorization", "Bearer " + GrpcToken);
            return m;
        });
    }

    public SimulatedNetwork Network { get; }

    public SimulatedPartner Partner => Network.Partners[0];

    public GrpcChannel Channel { get; }

    public CallInvoker Authorized { get; }

    public IServiceProvider Services => _factory.Services;

    public GatewayDbContextFactory Db => Services.GetRequiredService<GatewayDbContextFactory>();

    public static SimulatedSyncHost Start(Action<SimulatorOptions>? configure = null, string? postgres = null, Action<SimulatedNetwork>? beforeGateway = null)
    {
        var folder = Directory.CreateTempSubdirectory("ewp-sync-sim-").FullName;
        var client = new TestKey();
        var server = new TestKey();
        File.WriteAllText(Path.Combine(folder, "client.pem"), client.PrivateKeyPem);
        File.WriteAllText(Path.Combine(folder, "server.pem"), server.PrivateKeyPem);
        var ewpPort = LoopbackPort.Free();
        var grpcPort = LoopbackPort.Free();
        var options = new SimulatorOptions { PartnerCount = 1, AgreementsPerPartner = 0, NominationsPerPartner = 0, GatewayBaseUrl = new Uri($"http://127.0.0.1:{ewpPort}/") };
        options.GatewayClientKeys.Add(client.Rsa);
        options.GatewayServerKeys.Add(server.Rsa);
        configure?.Invoke(options);
        var network = SimulatedNetwork.Start(options.WithSampleKeys());
        beforeGateway?.Invoke(network);
        var settings = new Dictionary<string, string?>
        {
            ["Ewp:HeiId"] = Home,
            ["Ewp:AdminEmails:0"] = "admin@inp-toulouse.fr",
            ["Ewp:Registry:Url"] = network.CatalogueUrl.ToString(),
            ["Ewp:Registry:CachePath"] = Path.Combine(folder, "registry-cache.xml"),
            ["Ewp:Keys:ClientKeyPath"] = Path.Combine(folder, "client.pem"),
            ["Ewp:Keys:ServerKeyPath"] = Path.Combine(folder, "server.pem"),
            ["ConnectionStrings:Gateway"] = postgres ?? $"Data Source={Path.Combine(folder, "gateway.db")}",
            ["Database:Provider"] = postgres is null ? nameof(DatabaseProvider.Sqlite) : nameof(DatabaseProvider.Postgres),
            ["Grpc:Port"] = grpcPort.ToString(CultureInfo.InvariantCulture),
            ["Grpc:Tokens:0"] = GrpcToken,
            ["urls"] = $"http://127.0.0.1:{ewpPort}",
            ["Ewp:Sync:Enabled"] = "false",
            ["Ewp:Outbox:Enabled"] = "false",
            ["Ewp:Sync:Debounce"] = "00:00:00",
            ["Ewp:Partners:RetryBaseDelay"] = "00:00:00.010",
            ["Ewp:Partners:AttemptTimeout"] = "00:00:02",
            ["Ewp:Partners:TotalTimeout"] = "00:00:20",
            ["Ewp:Partners:CircuitBreakerMinimumThroughput"] = "1000",
        };
        var factory = new GrpcGatewayFactory(settings);
        factory.Start();
        return new SimulatedSyncHost(network, factory, folder, new Uri($"http://127.0.0.1:{grpcPort}/"));
    }

    /// <summary>Processes the inbox until nothing is due.</summary>
    public async Task DrainInboxAsync(CancellationToken ct)
    {
        using var scope = Services.CreateScope();
        var processor = scope.ServiceProvider.GetRequiredService<InboxProcessor>();
        while (await processor.ProcessAsync(ct) > 0)
        {
        }
    }

    /// <summary>Reconciles every API of the first partner now.</summary>
    public async Task ReconcileAsync(CancellationToken ct)
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<Reconciler>().RunPartnerAsync(Partner.HeiId, ct);
    }

    public async Task<T> QueryAsync<T>(Func<GatewayDbContext, Task<T>> query)
    {
        await using var db = Db.CreateDbContext();
        return await query(db);
    }

    public Task<List<global::EwpGateway.Infrastructure.Persistence.Model.Agreement>> PartnerCopiesAsync(CancellationToken ct) =>
        QueryAsync(db => db.Agreements.AsNoTracking().AsAggregate()
            .Where(a => a.Provenance.Source == global::EwpGateway.Infrastructure.Persistence.Model.ProvenanceSource.Partner).ToListAsync(ct));

    public Task<List<PayloadIssue>> IssuesAsync(CancellationToken ct) => QueryAsync(db => db.PayloadIssues.AsNoTracking().ToListAsync(ct));

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _factory.DisposeAsync();
        await Network.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a stopping server: the OS cleans the temp folder later.
        }
    }

}
