using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Grpc;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// Simulated partners and the real gateway in this process (Kestrel on free ports, EWP and gRPC) with all its workers
/// running (<see cref="ReliabilityGatewaySettings"/>), on SQLite or the PostgreSQL database given; one
/// <see cref="PartnerCaller"/> per partner, all recording into <see cref="Answers"/>.
/// </summary>
internal sealed class ReliabilityHost : IAsyncDisposable
{
    private readonly string _folder;
    private readonly GrpcGatewayFactory _factory;

    private ReliabilityHost(string folder, SimulatedNetwork network, GrpcGatewayFactory factory, Uri ewp, Uri grpc)
    {
        _folder = folder;
        Network = network;
        _factory = factory;
        EwpAddress = ewp;
        Channel = GrpcChannel.ForAddress(grpc);
        Grpc = Channel.Intercept(m =>
        {
            m.Add("authorization", "Bearer " + ReliabilityGatewaySettings.GrpcToken);
            return m;
        });
        Callers = network.Partners.ToDictionary(p => p.HeiId, p => new PartnerCaller(p, ewp, Answers), StringComparer.Ordinal);
    }

    public SimulatedNetwork Network { get; }

    public Uri EwpAddress { get; }

    public GrpcChannel Channel { get; }

    /// <summary>gRPC calls with the bearer token.</summary>
    public CallInvoker Grpc { get; }

    public GatewayAnswers Answers { get; } = new();

    public IReadOnlyDictionary<string, PartnerCaller> Callers { get; }

    public IServiceProvider Services => _factory.Services;

    public GatewayDbContextFactory Db => Services.GetRequiredService<GatewayDbContextFactory>();

    /// <summary>Starts the partners (<paramref name="configure"/> adjusts them), then the gateway (<paramref name="settings"/> last).</summary>
    public static ReliabilityHost Start(Action<SimulatorOptions> configure, string? postgres, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var folder = Directory.CreateTempSubdirectory("ewp-reliability-").FullName;
        var client = new TestKey();
        var server = new TestKey();
        File.WriteAllText(Path.Combine(folder, "client.pem"), client.PrivateKeyPem);
        File.WriteAllText(Path.Combine(folder, "server.pem"), server.PrivateKeyPem);
        var ewpPort = LoopbackPort.Free();
        var grpcPort = LoopbackPort.Free();
        var options = new SimulatorOptions
        {
            GatewayHeiId = ReliabilityGatewaySettings.Home,
            GatewayBaseUrl = new Uri($"http://127.0.0.1:{ewpPort}/"),
        };
        options.GatewayClientKeys.Add(client.Rsa);
        options.GatewayServerKeys.Add(server.Rsa);
        configure(options);
        var network = SimulatedNetwork.Start(options.WithSampleKeys());
        var all = ReliabilityGatewaySettings.For(
            folder, network.CatalogueUrl, Path.Combine(folder, "client.pem"), Path.Combine(folder, "server.pem"), ewpPort, grpcPort, postgres);
        all["Logging:LogLevel:Default"] = "Warning";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new GrpcGatewayFactory(all);
        try
        {
            factory.Start();
        }
        catch
        {
            network.DisposeAsync().AsTask().GetAwaiter().GetResult();
            throw;
        }

        return new ReliabilityHost(folder, network, factory, new Uri($"http://127.0.0.1:{ewpPort}/"), new Uri($"http://127.0.0.1:{grpcPort}/"));
    }

    public async Task<T> QueryAsync<T>(Func<GatewayDbContext, Task<T>> query)
    {
        await using var db = Db.CreateDbContext();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var caller in Callers.Values)
        {
            caller.Dispose();
        }

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
