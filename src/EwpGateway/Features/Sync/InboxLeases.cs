using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Leases pending inbox rows to this instance and settles them. PostgreSQL: the rows are chosen with
/// <c>FOR UPDATE SKIP LOCKED</c>, so instances never take the same row; SQLite (single instance): a plain update.
/// </summary>
internal sealed class InboxLeases(GatewayDbContextFactory factory, TimeProvider time, IOptions<SyncOptions> options, SyncInstance instance)
{
    /// <summary>
    /// Leases up to <see cref="SyncOptions.InboxBatchSize"/> pending rows of <paramref name="kinds"/> that are due: quiet for
    /// <see cref="SyncOptions.Debounce"/> since their latest notification, past their backoff, and not leased by anyone.
    /// </summary>
    public async Task<InboxLease> LeaseAsync(IReadOnlyCollection<InboxKind> kinds, CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().ToUniversalTime();
        var quietSince = now - o.Debounce;
        if (kinds.Count == 0)
        {
            return new InboxLease(now, []);
        }

        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        List<InboxMessage> rows;
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var names = kinds.Select(k => k.ToString()).ToArray();
            rows = await db.Inbox.FromSql($"""
                SELECT * FROM "Inbox"
                WHERE "Status" = 'Pending' AND "Kind" = ANY({names}) AND "LastReceivedAt" <= {quietSince}
                  AND ("NextAttemptAt" IS NULL OR "NextAttemptAt" <= {now}) AND ("LeasedUntil" IS NULL OR "LeasedUntil" < {now})
                ORDER BY "LastReceivedAt" LIMIT {o.InboxBatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
        }
        else
        {
            var wanted = kinds.ToList();
            rows = await db.Inbox
                .Where(m => m.Status == InboxStatus.Pending && wanted.Contains(m.Kind) && m.LastReceivedAt <= quietSince
                    && (m.NextAttemptAt == null || m.NextAttemptAt <= now) && (m.LeasedUntil == null || m.LeasedUntil < now))
                .OrderBy(m => m.LastReceivedAt).Take(o.InboxBatchSize).ToListAsync(ct);
        }

        foreach (var row in rows)
        {
            row.LeaseOwner = instance.Owner;
            row.LeasedUntil = now + o.LeaseDuration;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new InboxLease(now, rows);
    }

    /// <summary>
    /// Marks the row done, unless a new notification for the object arrived after <paramref name="leasedAt"/> (the fetch
    /// may have missed that change): then the row is only released and fetched again after the debounce.
    /// </summary>
    public async Task CompleteAsync(InboxMessage row, DateTimeOffset leasedAt, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        await using var db = factory.CreateDbContext();
        var done = await db.Inbox
            .Where(m => m.Id == row.Id && m.LeaseOwner == instance.Owner && m.LastReceivedAt <= leasedAt)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, InboxStatus.Done)
                .SetProperty(m => m.ProcessedAt, now)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.Attempts, row.Attempts + 1)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
        if (done == 0)
        {
            await ReleaseAsync(db, row.Id, ct);
        }
    }

    /// <summary>Counts a failed attempt: retried after an exponential backoff, or marked failed after the last attempt.</summary>
    /// <returns>True when the row was marked failed for good.</returns>
    public async Task<bool> FailAsync(InboxMessage row, string error, CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().ToUniversalTime();
        var attempts = row.Attempts + 1;
        var failed = attempts >= o.MaxAttempts;
        var text = error.Length > 2000 ? error[..2000] : error;
        var next = now + Backoff(o, attempts);
        await using var db = factory.CreateDbContext();
        await db.Inbox.Where(m => m.Id == row.Id && m.LeaseOwner == instance.Owner)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.LastError, text)
                .SetProperty(m => m.Status, failed ? InboxStatus.Failed : InboxStatus.Pending)
                .SetProperty(m => m.ProcessedAt, failed ? now : null)
                .SetProperty(m => m.NextAttemptAt, failed ? null : next)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
        return failed;
    }

    /// <summary>
    /// Releases every pending row this instance still holds. Only between two iterations of the inbox worker, when no
    /// row of this instance is being worked on: the rows of an iteration that failed (database down) are then taken
    /// again at once instead of after <see cref="SyncOptions.LeaseDuration"/>.
    /// </summary>
    /// <returns>How many rows were released.</returns>
    public async Task<int> ReleaseAllMineAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Inbox.Where(m => m.Status == InboxStatus.Pending && m.LeaseOwner == instance.Owner)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary><see cref="SyncOptions.RetryBaseDelay"/> doubled per earlier failure, at most <see cref="SyncOptions.MaxRetryDelay"/>.</summary>
    public static TimeSpan Backoff(SyncOptions options, int attempts)
    {
        ArgumentNullException.ThrowIfNull(options);
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var ticks = Math.Min(options.RetryBaseDelay.Ticks * factor, options.MaxRetryDelay.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }

    private async Task ReleaseAsync(GatewayDbContext db, Guid id, CancellationToken ct) =>
        await db.Inbox.Where(m => m.Id == id && m.LeaseOwner == instance.Owner)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
}
