using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Sync;

/// <summary>The outbox for the dashboard and the admin API: figures per partner, and putting given-up rows back.</summary>
internal sealed class OutboxQueries(GatewayDbContextFactory factory, TimeProvider time)
{
    /// <summary>
    /// Puts the partner's given-up rows back to pending, due now, with a fresh start for the give-up horizon (which counts
    /// from <see cref="OutboxMessage.CreatedAt"/>); their last error stays visible until they are sent. Returns how many.
    /// </summary>
    public async Task<int> RetryFailedAsync(string partnerHeiId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var db = factory.CreateDbContext();
        return await db.Outbox
            .Where(o => o.PartnerHeiId == partnerHeiId && o.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(o => o.Status, OutboxStatus.Pending)
                    .SetProperty(o => o.Attempts, 0)
                    .SetProperty(o => o.NextAttemptAt, now)
                    .SetProperty(o => o.CreatedAt, now)
                    .SetProperty(o => o.LeaseOwner, (string?)null)
                    .SetProperty(o => o.LeasedUntil, (DateTimeOffset?)null),
                ct);
    }

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
        var lastFailedError = errors
            .Where(e => e.Status == OutboxStatus.Failed)
            .GroupBy(e => e.PartnerHeiId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.NextAttemptAt).First().LastError);

        return [.. pending.Keys.Union(failed.Keys)
            .Order(StringComparer.Ordinal)
            .Select(p => new OutboxPartnerStatus(
                p,
                pending.TryGetValue(p, out var x) ? x.Count : 0,
                pending.TryGetValue(p, out var y) ? y.Oldest : null,
                failed.GetValueOrDefault(p),
                lastError.GetValueOrDefault(p),
                lastFailedError.GetValueOrDefault(p)))];
    }
}
