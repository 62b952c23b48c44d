using System.Net;
using System.Net.Sockets;
using EwpGateway.Features.Echo;
using EwpGateway.Features.Manifest;
using EwpGateway.Features.Registry;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.IntegrationTests.Support;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>
/// The gateway as Program.cs builds it plus <c>AddGatewayGrpc</c>/<c>MapGatewayGrpc</c>, on real Kestrel with the
/// EWP endpoint configured exactly as operators do it (<c>Urls</c> or <c>Kestrel:Endpoints</c>) and the gRPC port
/// from <c>Grpc:Port</c>. Once Program.cs carries the two gRPC lines this can become a GatewayFactory.
/// </summary>
internal sealed class GrpcGatewayHost : IAsyncDisposable
{
    public const string Token = "test-grpc-token-0123456789abcdefghij";

    private readonly WebApplication _app;
    private readonly TestNetwork _network;

    private GrpcGatewayHost(WebApplication app, TestNetwork network, Uri ewpAddress, Uri grpcAddress)
    {
        _app = app;
        _network = network;
        EwpAddress = ewpAddress;
        GrpcAddress = grpcAddress;
        Channel = GrpcChannel.ForAddress(grpcAddress);
    }

    public Uri EwpAddress { get; }

    public Uri GrpcAddress { get; }

    public GrpcChannel Channel { get; }

    /// <summary>Starts the gateway with its EWP endpoint from <c>Urls</c>, or from <c>Kestrel:Endpoints</c>.</summary>
    public static async Task<GrpcGatewayHost> StartAsync(bool ewpFromKestrelEndpoints, CancellationToken ct)
    {
        var network = new TestNetwork();
        var ewpPort = FreePort();
        var grpcPort = FreePort();
        var settings = network.GatewaySettings();
        settings["Ewp:AdminEmails:0"] = "admin@inp-toulouse.fr";
        settings["Grpc:Port"] = grpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Grpc:Tokens:0"] = Token;
        settings[ewpFromKestrelEndpoints ? "Kestrel:Endpoints:Ewp:Url" : "urls"] = $"http://127.0.0.1:{ewpPort}";

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Testing",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(settings);

        builder.AddEwpProtocol();
        builder.AddEwpClientAuthentication();
        builder.Services.AddRegistry(builder.Configuration);
        builder.Services.AddManifest();
        builder.Services.AddEcho();
        builder.Services.AddGatewayHealth();
        builder.AddGatewayGrpc();

        var app = builder.Build();
        app.UseEwpProtocol();
        app.UseEwpClientAuthentication(app.Configuration);
        app.MapManifest();
        app.MapEcho();
        app.MapGatewayHealth();
        app.MapGatewayGrpc();

        await app.StartAsync(ct);
        return new GrpcGatewayHost(app, network, new Uri($"http://127.0.0.1:{ewpPort}/"), new Uri($"http://127.0.0.1:{grpcPort}/"));
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _network.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
