using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EwpGateway.Infrastructure.Observability;

/// <summary>Readiness: the database answers a query within the check's time.</summary>
internal sealed class DatabaseHealthCheck(GatewayDbContextFactory factory) : IHealthCheck
{
    public const string Name = "database";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = factory.CreateDbContext();
            var outbox = await db.Outbox.CountAsync(o => o.Status == OutboxStatus.Pending, cancellationToken);
            return HealthCheckResult.Healthy($"{factory.Provider} reachable", new Dictionary<string, object> { ["outboxPending"] = outbox });
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"{factory.Provider} unreachable: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
