using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Leases due outbox rows to this instance, in one short transaction; the sends happen after it commits.
/// </summary>
/// <remarks>
/// PostgreSQL: the due rows are picked with <c>FOR UPDATE SKIP LOCKED</c>, so instances never wait on each other's
/// rows, and the whole lease transaction holds a transaction-level advisory lock. The lock is what makes merging
/// duplicates safe with several instances: without it, two instances could each pick a different pending row of the
/// same (partner, kind, object) at the same moment and both send that object's CNR for one pending change.
/// SQLite (one instance): the same under <c>BEGIN IMMEDIATE</c>, which already admits one writer at a time.
/// </remarks>
internal sealed class OutboxLeaser(GatewayDbContextFactory factory, IOptions<OutboxOptions> options)
{
    /// <summary>Key of the advisory lock that serializes outbox leasing on PostgreSQL ("EWPO" in ASCII).</summary>
    public const long LeaseLockKey = 0x4557504F;

    /// <summary>
    /// Leases up to <see cref="OutboxOptions.BatchSize"/> due rows (oldest first) whose lease is free or expired, plus
    /// every other pending row with the same partner, kind and object (due or not: one CNR covers them all). A key
    /// whose rows another instance still holds is skipped until that send ends, so an object is never in flight twice.
    /// </summary>
    /// <returns>The leased rows (detached), each stamped with this instance and the lease end.</returns>
    public async Task<IReadOnlyList<OutboxMessage>> LeaseAsync(DateTimeOffset now, CancellationToken ct)
    {
        var o = options.Value;
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        List<OutboxMessage> due;
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LeaseLockKey})", ct);
            var utc = now.ToUniversalTime();
            due = await db.Outbox.FromSql($"""
                SELECT * FROM "Outbox"
                WHERE "Status" = 'Pending' AND "NextAttemptAt" <= {utc} AND ("LeasedUntil" IS NULL OR "LeasedUntil" < {utc})
                ORDER BY "CreatedAt"
                LIMIT {o.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
        }
        else
        {
            due = await db.Outbox
                .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeasedUntil == null || m.LeasedUntil < now))
                .OrderBy(m => m.CreatedAt)
                .Take(o.BatchSize)
                .ToListAsync(ct);
        }

        if (due.Count == 0)
        {
            return [];
        }

        var leased = await WithDuplicatesAsync(db, due, now, ct);
        var until = now + o.LeaseDuration;
        foreach (var row in leased)
        {
            row.LeaseOwner = o.InstanceId;
            row.LeasedUntil = until;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return leased;
    }

    /// <summary>
    /// Releases every pending row this instance still holds. Only between two passes of the outbox worker, when no send
    /// of this instance is in flight: the rows of a pass that failed (database down) are then taken again by the next
    /// pass instead of after <see cref="OutboxOptions.LeaseDuration"/>. A row whose send succeeded but whose outcome could
    /// not be recorded is sent again (at-least-once), as it would be after the lease expired.
    /// </summary>
    /// <returns>How many rows were released.</returns>
    public async Task<int> ReleaseAllMineAsync(CancellationToken ct)
    {
        var owner = options.Value.InstanceId;
        await using var db = factory.CreateDbContext();
        return await db.Outbox.Where(m => m.Status == OutboxStatus.Pending && m.LeaseOwner == owner)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeasedUntil, (DateTimeOffset?)null), ct);
    }

    private static async Task<List<OutboxMessage>> WithDuplicatesAsync(GatewayDbContext db, List<OutboxMessage> due, DateTimeOffset now, CancellationToken ct)
    {
        var keys = due.Select(Key).ToHashSet();
        var partners = due.Select(m => m.PartnerHeiId).Distinct().ToList();
        var objects = due.Select(m => m.ObjectId).Distinct().ToList();

        // A superset (partner in ..., object in ...) narrowed to the exact keys here: tuple IN lists do not translate.
        var candidates = await db.Outbox
            .Where(m => m.Status == OutboxStatus.Pending && partners.Contains(m.PartnerHeiId) && objects.Contains(m.ObjectId))
            .ToListAsync(ct);
        var sameKey = candidates.Where(m => keys.Contains(Key(m))).ToList();
        var busy = sameKey.Where(m => m.LeasedUntil is { } until && until >= now).Select(Key).ToHashSet();
        return [.. sameKey.Where(m => !busy.Contains(Key(m))).OrderBy(m => m.CreatedAt)];
    }

    private static (string, OutboxKind, string) Key(OutboxMessage m) => (m.PartnerHeiId, m.Kind, m.ObjectId);
}
