using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EwpGateway.Infrastructure.Hosting;

/// <summary>Readiness: every enabled background worker (inbox, reconciliation, outbox) is still running.</summary>
internal sealed class WorkersHealthCheck(WorkerLiveness workers) : IHealthCheck
{
    public const string Name = "workers";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var snapshot = workers.Snapshot();
        var dead = snapshot.Where(w => w.Value is not null).Select(w => $"{w.Key} stopped: {w.Value}").ToList();
        var data = snapshot.ToDictionary(w => w.Key, w => (object)(w.Value ?? "running"));
        return Task.FromResult(dead.Count == 0
            ? HealthCheckResult.Healthy($"{snapshot.Count} worker(s) running", data)
            : HealthCheckResult.Unhealthy(string.Join("; ", dead), data: data));
    }
}
