using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>
/// The real <see cref="Program"/> on real Kestrel with no endpoint set in code: Kestrel then takes the EWP endpoint
/// from <c>urls</c> or <c>Kestrel:Endpoints</c> and the gateway adds the gRPC port (<c>Grpc:Port</c>), as in production.
/// </summary>
internal sealed class GrpcGatewayFactory(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
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
    }
}
