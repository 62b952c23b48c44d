using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EwpGateway.Features.Registry;

/// <summary>Unhealthy without a catalogue, Degraded while serving a stale copy, Healthy otherwise.</summary>
internal sealed class RegistryHealthCheck(IRegistryCatalogueProvider provider) : IHealthCheck
{
    public const string Name = "registry";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = provider.Status;
        var data = new Dictionary<string, object>
        {
            ["source"] = status.Source ?? "",
            ["loadedAt"] = status.LoadedAt?.ToString("O") ?? "",
            ["lastAttempt"] = status.LastAttempt?.ToString("O") ?? "",
            ["lastSuccess"] = status.LastSuccess?.ToString("O") ?? "",
            ["lastError"] = status.LastError ?? "",
            ["consecutiveFailures"] = status.ConsecutiveFailures,
            ["isStale"] = status.IsStale,
        };

        var result = !status.HasCatalogue
            ? HealthCheckResult.Unhealthy($"No registry catalogue: {status.LastError ?? "not loaded yet"}", data: data)
            : status.IsStale
                ? HealthCheckResult.Degraded($"Serving a stale registry catalogue loaded at {status.LoadedAt:O}: {status.LastError}", data: data)
                : HealthCheckResult.Healthy($"Registry catalogue loaded at {status.LoadedAt:O}", data);
        return Task.FromResult(result);
    }
}
