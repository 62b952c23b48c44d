using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Observability;

/// <summary>Reads the queue depths and sync lag from the database every <see cref="Interval"/> for the gauges.</summary>
internal sealed class MetricsSampler(GatewayDbContextFactory factory, MetricsSnapshot snapshot, TimeProvider time, ILogger<MetricsSampler> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var outbox = await db.Outbox.AsNoTracking()
            .Where(o => o.Status != OutboxStatus.Sent)
            .GroupBy(o => new { o.PartnerHeiId, o.Status })
            .Select(g => new { g.Key.PartnerHeiId, g.Key.Status, Count = g.LongCount() })
            .ToListAsync(cancellationToken);
        var inbox = await db.Inbox.LongCountAsync(m => m.Status == InboxStatus.Pending, cancellationToken);
        var successes = await db.SyncStates.AsNoTracking()
            .Select(s => new { s.PartnerHeiId, s.LastSuccessAt })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var lag = successes
            .Where(s => s.LastSuccessAt is not null)
            .GroupBy(s => s.PartnerHeiId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (now - g.Min(s => s.LastSuccessAt!.Value)).TotalSeconds, StringComparer.Ordinal);
        snapshot.Update(
            outbox.Where(o => o.Status == OutboxStatus.Pending).ToDictionary(o => o.PartnerHeiId, o => o.Count, StringComparer.Ordinal),
            outbox.Where(o => o.Status == OutboxStatus.Failed).ToDictionary(o => o.PartnerHeiId, o => o.Count, StringComparer.Ordinal),
            inbox,
            lag);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await SampleAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The readiness check reports an unreachable database; the gauges keep their last values.
                ObservabilityLog.SampleFailed(logger, ex.GetType().Name, ex.Message);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
