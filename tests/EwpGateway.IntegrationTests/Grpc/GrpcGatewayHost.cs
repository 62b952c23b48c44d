using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>
/// The gateway (<see cref="Program"/>) with its EWP endpoint configured as operators do it (<c>urls</c> or
/// <c>Kestrel:Endpoints</c>), the gRPC API on a free <c>Grpc:Port</c>, on SQLite (a file in the test network's folder)
/// or on the PostgreSQL database given.
/// </summary>
internal sealed class GrpcGatewayHost : IAsyncDisposable
{
    public const string Token = "test-grpc-token-0123456789abcdefghij";

    private readonly GrpcGatewayFactory _factory;
    private readonly TestNetwork _network;

    private GrpcGatewayHost(GrpcGatewayFactory factory, TestNetwork network, Uri ewpAddress, Uri grpcAddress)
    {
        _factory = factory;
        _network = network;
        EwpAddress = ewpAddress;
        GrpcAddress = grpcAddress;
        Channel = GrpcChannel.ForAddress(grpcAddress);
        Authorized = Channel.Intercept(metadata =>
        {
            metadata.Add("authorization", "Bearer " + Token);
            return metadata;
        });
    }

    public Uri EwpAddress { get; }

    public Uri GrpcAddress { get; }

    /// <summary>A channel without credentials.</summary>
    public GrpcChannel Channel { get; }

    /// <summary>Calls on <see cref="Channel"/> with the bearer token.</summary>
    public CallInvoker Authorized { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>Starts the gateway; <paramref name="postgresConnectionString"/> names a PostgreSQL database, null for SQLite.</summary>
    public static Task<GrpcGatewayHost> StartAsync(bool ewpFromKestrelEndpoints, string? postgresConnectionString, CancellationToken ct) =>
        StartAsync(ewpFromKestrelEndpoints, postgresConnectionString, null, ct);

    /// <summary>As above, with <paramref name="extraSettings"/> applied last (e.g. another registry and keys).</summary>
    public static Task<GrpcGatewayHost> StartAsync(
        bool ewpFromKestrelEndpoints, string? postgresConnectionString, IReadOnlyDictionary<string, string?>? extraSettings, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var network = new TestNetwork();
        var ewpPort = LoopbackPort.Free();
        var grpcPort = LoopbackPort.Free();
        var settings = network.GatewaySettings();
        settings["Ewp:AdminEmails:0"] = "admin@inp-toulouse.fr";
        settings["Grpc:Port"] = grpcPort.ToString(CultureInfo.InvariantCulture);
        settings["Grpc:Tokens:0"] = Token;
        settings[ewpFromKestrelEndpoints ? "Kestrel:Endpoints:Ewp:Url" : "urls"] = $"http://127.0.0.1:{ewpPort}";
        if (postgresConnectionString is not null)
        {
            settings["Database:Provider"] = nameof(DatabaseProvider.Postgres);
            settings["ConnectionStrings:Gateway"] = postgresConnectionString;
        }

        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var factory = new GrpcGatewayFactory(settings);
        factory.Start();
        return Task.FromResult(new GrpcGatewayHost(
            factory, network, new Uri($"http://127.0.0.1:{ewpPort}/"), new Uri($"http://127.0.0.1:{grpcPort}/")));
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _factory.DisposeAsync();
        _network.Dispose();
    }
}
