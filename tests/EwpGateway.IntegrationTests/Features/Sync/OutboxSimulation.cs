using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>
/// Simulated partners (their catalogue is the gateway's registry) and one or more gateway instances on one database
/// (SQLite file, or the PostgreSQL database given). The outbox worker is off: tests drive <see cref="OutboxDispatcher"/>.
/// Partner calls are not retried within a call and the circuit opens only when every call fails, so every injected
/// failure reaches the outbox.
/// </summary>
internal sealed class OutboxSimulation : IAsyncDisposable
{
    public const string GrpcToken = "test-grpc-token-0123456789abcdefghij";

    private readonly TestNetwork _testNetwork = new();
    private readonly List<OutboxGatewayFactory> _gateways = [];
    private readonly string? _postgres;
    private readonly IReadOnlyDictionary<string, string?> _outboxSettings;
    private readonly int _firstEwpPort = LoopbackPort.Free();

    private OutboxSimulation(string? postgres, IReadOnlyDictionary<string, string?> outboxSettings, Action<SimulatorOptions>? configure)
    {
        _postgres = postgres;
        _outboxSettings = outboxSettings;
        var options = new SimulatorOptions
        {
            PartnerCount = 2,
            NominationsPerPartner = 0,
            AgreementsPerPartner = 0,
            GatewayHeiId = TestNetwork.GatewayHeiId,
            GatewayBaseUrl = new Uri($"http://127.0.0.1:{_firstEwpPort}/"),
        };
        options.GatewayClientKeys.Add(_testNetwork.GatewayClient.Rsa);
        options.GatewayServerKeys.Add(_testNetwork.GatewayServer.Rsa);
        configure?.Invoke(options);
        Network = SimulatedNetwork.Start(options.WithSampleKeys());
    }

    public SimulatedNetwork Network { get; }

    /// <summary>The first gateway instance's services.</summary>
    public IServiceProvider Services => _gateways[0].Services;

    /// <summary>
    /// Starts the simulated partners and the first gateway instance (<c>instance-1</c>). <paramref name="outboxSettings"/>
    /// overrides keys of <c>Ewp:Outbox</c> (e.g. <c>BaseDelay</c>).
    /// </summary>
    public static Task<OutboxSimulation> StartAsync(
        string? postgres, IReadOnlyDictionary<string, string?>? outboxSettings, Action<SimulatorOptions>? configure, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var simulation = new OutboxSimulation(postgres, outboxSettings ?? new Dictionary<string, string?>(), configure);
        simulation.StartGateway("instance-1", simulation._firstEwpPort);
        return Task.FromResult(simulation);
    }

    /// <summary>Starts another gateway instance on the same database and returns its services.</summary>
    public IServiceProvider StartGateway(string instanceId) => StartGateway(instanceId, LoopbackPort.Free());

    /// <summary>The first instance's dispatcher, or one on <paramref name="time"/> (the rest of the host keeps the real clock).</summary>
    public OutboxDispatcher Dispatcher(FakeTimeProvider? time = null) => Dispatcher(Services, time);

    public static OutboxDispatcher Dispatcher(IServiceProvider services, FakeTimeProvider? time = null) => time is null
        ? services.GetRequiredService<OutboxDispatcher>()
        : ActivatorUtilities.CreateInstance<OutboxDispatcher>(services, (TimeProvider)time);

    /// <summary>
    /// Adds outbox rows directly (as committed writes would), due at <paramref name="now"/> and created one millisecond
    /// apart just before it, in the order given.
    /// </summary>
    public async Task<IReadOnlyList<OutboxMessage>> AddRowsAsync(
        IEnumerable<(string Partner, OutboxKind Kind, string ObjectId)> rows, DateTimeOffset now, CancellationToken ct)
    {
        var list = rows.ToList();
        var messages = list.Select((r, i) => new OutboxMessage
        {
            PartnerHeiId = r.Partner,
            Kind = r.Kind,
            ObjectId = r.ObjectId,
            CreatedAt = now.AddMilliseconds(i - list.Count),
            NextAttemptAt = now,
        }).ToList();
        await using var db = Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        db.Outbox.AddRange(messages);
        await db.SaveChangesAsync(ct);
        return messages;
    }

    public async Task<List<OutboxMessage>> RowsAsync(CancellationToken ct)
    {
        await using var db = Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        return [.. (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.Outbox, ct)).OrderBy(m => m.CreatedAt)];
    }

    /// <summary>Rows still pending (any instance).</summary>
    public async Task<int> PendingCountAsync(CancellationToken ct)
    {
        await using var db = Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        return await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Outbox, m => m.Status == OutboxStatus.Pending, ct);
    }

    /// <summary>A gRPC channel to the first instance, with the bearer token.</summary>
    public (GrpcChannel Channel, CallInvoker Invoker) Grpc()
    {
        var port = _gateways[0].Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Grpc:Port"];
        var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}/");
        return (channel, channel.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + GrpcToken);
            return metadata;
        }));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var gateway in _gateways)
        {
            await gateway.DisposeAsync();
        }

        await Network.DisposeAsync();
        _testNetwork.Dispose();
    }

    private IServiceProvider StartGateway(string instanceId, int ewpPort)
    {
        var settings = _testNetwork.GatewaySettings(Network.CatalogueUrl.ToString());
        settings["urls"] = $"http://127.0.0.1:{ewpPort}";
        settings["Grpc:Port"] = LoopbackPort.Free().ToString(CultureInfo.InvariantCulture);
        settings["Grpc:Tokens:0"] = GrpcToken;
        settings["Ewp:AdminEmails:0"] = "admin@inp-toulouse.fr";
        settings["Ewp:Outbox:Enabled"] = "false";
        settings["Ewp:Outbox:InstanceId"] = instanceId;
        settings["Ewp:Partners:MaxRetryAttempts"] = "0";
        settings["Ewp:Partners:CircuitBreakerFailureRatio"] = "1";
        settings["Ewp:Partners:CircuitBreakerBreakDuration"] = "00:00:00.500";
        if (_postgres is not null)
        {
            settings["Database:Provider"] = nameof(DatabaseProvider.Postgres);
            settings["ConnectionStrings:Gateway"] = _postgres;
        }

        foreach (var (key, value) in _outboxSettings)
        {
            settings["Ewp:Outbox:" + key] = value;
        }

        var factory = new OutboxGatewayFactory(settings);
        _gateways.Add(factory);
        factory.Start();
        return factory.Services;
    }

}
