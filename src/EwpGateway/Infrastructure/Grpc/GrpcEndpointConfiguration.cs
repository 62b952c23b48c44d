using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// Adds the HTTP/2-only gRPC endpoint next to the EWP endpoint without taking the EWP endpoint's configuration
/// away. Kestrel ignores <c>--urls</c>/<c>Urls</c>/<c>ASPNETCORE_URLS</c> as soon as one endpoint is defined in
/// code, so when the EWP endpoint comes from the URLs the gRPC endpoint joins them as one more URL; when it comes
/// from <c>Kestrel:Endpoints</c> (which Kestrel merges with endpoints from code) it is added with <c>Listen</c>.
/// </summary>
internal static class GrpcEndpointConfiguration
{
    /// <summary>Kestrel's default when no URL is configured at all.</summary>
    private const string KestrelDefaultUrl = "http://localhost:5000";

    public static void AddGrpcEndpoint(this IWebHostBuilder webHost, IConfiguration configuration, GrpcOptions options)
    {
        if (configuration.GetSection("Kestrel:Endpoints").GetChildren().Any())
        {
            webHost.ConfigureKestrel(kestrel =>
            {
                if (options.ListenAnyIp)
                {
                    kestrel.ListenAnyIP(options.Port, listen => listen.Protocols = HttpProtocols.Http2);
                }
                else
                {
                    kestrel.Listen(System.Net.IPAddress.Loopback, options.Port, listen => listen.Protocols = HttpProtocols.Http2);
                }
            });
            return;
        }

        var urls = configuration[WebHostDefaults.ServerUrlsKey];
        var ewpUrls = string.IsNullOrWhiteSpace(urls) ? KestrelDefaultUrl : urls.Trim().TrimEnd(';');
        var grpcUrl = $"http://{(options.ListenAnyIp ? "*" : "127.0.0.1")}:{options.Port}";
        webHost.UseSetting(WebHostDefaults.ServerUrlsKey, ewpUrls + ";" + grpcUrl);

        // Cleartext HTTP/2 needs prior knowledge: the gRPC port must not also offer HTTP/1.1.
        webHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(listen =>
        {
            if (listen.IPEndPoint?.Port == options.Port)
            {
                listen.Protocols = HttpProtocols.Http2;
            }
        }));
    }
}
