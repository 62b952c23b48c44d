using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Sync;

/// <summary>Read-only views of the outbox for the dashboard and the admin API.</summary>
internal sealed class OutboxQueries(GatewayDbContextFactory factory)
{
    /// <summary>Per partner with pending or failed rows: depth, oldest pending row, failed rows and the last error; ordered by partner.</summary>
    public async Task<IReadOnlyList<OutboxPartnerStatus>> ByPartnerAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var pending = await db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Pending)
            .GroupBy(m => m.PartnerHeiId)
            .Select(g => new { Partner = g.Key, Count = g.Count(), Oldest = g.Min(m => m.CreatedAt) })
            .ToDictionaryAsync(x => x.Partner, ct);
        var failed = await db.Outbox.AsNoTracking().Where(m => m.Status == OutboxStatus.Failed)
            .GroupBy(m => m.PartnerHeiId)
            .Select(g => new { Partner = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Partner, x => x.Count, ct);

        // A failed row keeps the NextAttemptAt it had; a pending one gets now + backoff at each failure. Either way the
        // latest NextAttemptAt among rows with an error is the latest failure of the partner, near enough for a dashboard.
        var errors = await db.Outbox.AsNoTracking()
            .Where(m => m.Status != OutboxStatus.Sent && m.LastError != null)
            .Select(m => new { m.PartnerHeiId, m.LastError, m.NextAttemptAt, m.Status })
            .ToListAsync(ct);
        var lastError = errors
            .GroupBy(e => e.PartnerHeiId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.NextAttemptAt).First().LastError);

        return [.. pending.Keys.Union(failed.Keys)
            .Order(StringComparer.Ordinal)
            .Select(p => new OutboxPartnerStatus(
                p,
                pending.TryGetValue(p, out var x) ? x.Count : 0,
                pending.TryGetValue(p, out var y) ? y.Oldest : null,
                failed.GetValueOrDefault(p),
                lastError.GetValueOrDefault(p)))];
    }
}
