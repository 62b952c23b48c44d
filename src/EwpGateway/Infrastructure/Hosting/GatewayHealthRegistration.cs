using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace EwpGateway.Infrastructure.Hosting;

/// <summary><c>/healthz</c> (the process is alive) and <c>/readyz</c> (every check tagged <c>ready</c>).</summary>
internal static class GatewayHealthRegistration
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddGatewayHealth(this IServiceCollection services)
    {
        services.AddSingleton<WorkerLiveness>();
        services.AddHealthChecks().AddCheck<WorkersHealthCheck>(WorkersHealthCheck.Name, tags: [ReadyTag]);
        return services;
    }

    public static IEndpointRouteBuilder MapGatewayHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(ReadyTag),
            ResponseWriter = HealthReportWriter.WriteAsync,
        });
        return endpoints;
    }
}
