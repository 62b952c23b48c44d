using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;

namespace EwpGateway.Infrastructure.Observability;

/// <summary><c>/metrics</c> in Prometheus format through OpenTelemetry (the gateway's, HTTP and runtime meters), and the database readiness check.</summary>
internal static class ObservabilityRegistration
{
    public static IServiceCollection AddGatewayObservability(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<MetricsSnapshot>();
        services.TryAddSingleton<GatewayMetrics>();
        services.AddHostedService<MetricsSampler>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(DatabaseHealthCheck.Name, tags: [GatewayHealthRegistration.ReadyTag]);
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            // System.Runtime: GC heap, allocations, collections and working set, so memory trouble shows without a profiler.
            .AddMeter(GatewayMetrics.MeterName, "Microsoft.AspNetCore.Hosting", "System.Net.Http", "System.Runtime")
            .AddPrometheusExporter());
        return services;
    }

    /// <summary>Counts EWP requests; call before the EWP pipeline so it sees the final status.</summary>
    public static IApplicationBuilder UseEwpRequestMetrics(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/ewp"), ewp => ewp.UseMiddleware<EwpRequestMetricsMiddleware>());

    public static IEndpointRouteBuilder MapGatewayMetrics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPrometheusScrapingEndpoint("/metrics");
        return endpoints;
    }
}
