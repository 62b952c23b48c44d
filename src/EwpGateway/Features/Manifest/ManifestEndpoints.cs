using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Manifest;

/// <summary>Serves the Discovery v6 manifest at <c>/ewp/manifest</c> (anonymous, as the registry fetches it).</summary>
internal static class ManifestEndpoints
{
    public const string Path = "ewp/manifest";

    public static IServiceCollection AddManifest(this IServiceCollection services)
    {
        services.AddSingleton<ManifestWriter>();
        services.AddSingleton<IManifestApiEntry, DiscoveryManifestEntry>();
        return services;
    }

    public static IEndpointRouteBuilder MapManifest(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/" + Path, ServeAsync).AllowAnonymous().WithName("EwpManifest");
        return endpoints;
    }

    private static async Task ServeAsync(
        HttpContext context, ManifestWriter writer, IOptions<EwpHostOptions> options, ILogger<ManifestWriter> logger)
    {
        context.Response.ContentType = EwpXml.ContentType;
        await writer.WriteAsync(context.Response.Body, new ManifestContext(BaseUrl(context, options.Value, logger)));
    }

    private static Uri BaseUrl(HttpContext context, EwpHostOptions options, ILogger logger)
    {
        if (options.PublicBaseUrl is { } configured)
        {
            var text = configured.AbsoluteUri;
            return new Uri(text.EndsWith('/') ? text : text + "/");
        }

        var request = context.Request;
        if (!request.IsHttps)
        {
            ProtocolLog.ManifestSchemeForced(logger, request.Host.Value ?? "");
        }

        // EWP URLs are HTTPS only (ewp:HTTPS); a plain-HTTP listener is expected to sit behind a TLS proxy.
        return new Uri($"https://{request.Host}{request.PathBase}/");
    }
}
