using EwpGateway.Features.Sync;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>
/// The real gateway on real Kestrel (EWP endpoint from <c>urls</c>, gRPC from <c>Grpc:Port</c>) with outbox delivery
/// registered (idempotent, so it does not matter whether <c>Program</c> registers it too).
/// </summary>
internal sealed class OutboxGatewayFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    public void Start()
    {
        UseKestrel();
        StartServer();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddOutboxDelivery());
    }
}
