using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Leases the sync state of one partner and API to this instance for a reconciliation run and records the outcome.
/// PostgreSQL: the row is read with <c>FOR UPDATE SKIP LOCKED</c>, so two instances never sync the same partner and
/// API at once; the lease columns keep it held after the transaction, until the run ends or the lease expires.
/// </summary>
internal sealed class SyncStateLeases(GatewayDbContextFactory factory, TimeProvider time, IOptions<SyncOptions> options, SyncInstance instance)
{
    /// <summary>
    /// Leases the state of (<paramref name="partnerHeiId"/>, <paramref name="api"/>), creating it on first use.
    /// Returns null when another instance holds it, or when <paramref name="onlyIfDue"/> and it was attempted within
    /// the reconciliation interval (and no full sync was requested).
    /// </summary>
    public async Task<SyncState?> TryLeaseAsync(string partnerHeiId, string api, bool onlyIfDue, CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow().ToUniversalTime();
        await using var db = factory.CreateDbContext();
        await EnsureExistsAsync(db, partnerHeiId, api, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var state = db.Provider == DatabaseProvider.Postgres
            ? (await db.SyncStates.FromSql($"""
                SELECT * FROM "SyncStates" WHERE "PartnerHeiId" = {partnerHeiId} AND "Api" = {api} FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct)).SingleOrDefault()
            : await db.SyncStates.SingleOrDefaultAsync(s => s.PartnerHeiId == partnerHeiId && s.Api == api, ct);
        if (state is null
            || (state.LeaseOwner is not null && state.LeasedUntil > now)
            || (onlyIfDue && !state.FullSyncRequested && state.LastAttemptAt > now - o.ReconciliationInterval))
        {
            return null;
        }

        state.LeaseOwner = instance.Owner;
        state.LeasedUntil = now + o.LeaseDuration;
        state.LastAttemptAt = now;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return state;
    }

    /// <summary>Records a successful run that started at <paramref name="startedAt"/> and releases the lease.</summary>
    public async Task SucceededAsync(SyncState leased, DateTimeOffset startedAt, SyncRunCounts counts, string? apiVersion, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        var duration = (long)(now - startedAt).TotalMilliseconds;
        await using var db = factory.CreateDbContext();
        await Mine(db, leased).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.LastSuccessAt, now)
            .SetProperty(s => s.ReconciledFrom, startedAt.ToUniversalTime())
            .SetProperty(s => s.LastError, (string?)null)
            .SetProperty(s => s.ConsecutiveFailures, 0)
            .SetProperty(s => s.FullSyncRequested, false)
            .SetProperty(s => s.ApiVersion, apiVersion ?? leased.ApiVersion)
            .SetProperty(s => s.LastDurationMs, duration)
            .SetProperty(s => s.LastListed, counts.Listed)
            .SetProperty(s => s.LastStored, counts.Stored)
            .SetProperty(s => s.LastRejected, counts.Rejected)
            .SetProperty(s => s.LastWithdrawn, counts.Withdrawn)
            .SetProperty(s => s.LeaseOwner, (string?)null)
            .SetProperty(s => s.LeasedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>Records a failed run (the next one asks for the same changes again) and releases the lease.</summary>
    public async Task FailedAsync(SyncState leased, DateTimeOffset startedAt, SyncRunCounts counts, string? apiVersion, string error, CancellationToken ct)
    {
        var now = time.GetUtcNow().ToUniversalTime();
        var duration = (long)(now - startedAt).TotalMilliseconds;
        var text = error.Length > 2000 ? error[..2000] : error;
        await using var db = factory.CreateDbContext();
        await Mine(db, leased).ExecuteUpdateAsync(set => set
            .SetProperty(s => s.LastFailureAt, now)
            .SetProperty(s => s.LastError, text)
            .SetProperty(s => s.ConsecutiveFailures, s => s.ConsecutiveFailures + 1)
            .SetProperty(s => s.ApiVersion, apiVersion ?? leased.ApiVersion)
            .SetProperty(s => s.LastDurationMs, duration)
            .SetProperty(s => s.LastListed, counts.Listed)
            .SetProperty(s => s.LastStored, counts.Stored)
            .SetProperty(s => s.LastRejected, counts.Rejected)
            .SetProperty(s => s.LastWithdrawn, counts.Withdrawn)
            .SetProperty(s => s.LeaseOwner, (string?)null)
            .SetProperty(s => s.LeasedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>
    /// Releases every sync state this instance still holds. Only between two reconciliation passes, when no run of this
    /// instance is in progress: the partners of a pass that failed (database down) are then reconciled at the next pass
    /// instead of after <see cref="SyncOptions.LeaseDuration"/>.
    /// </summary>
    /// <returns>How many states were released.</returns>
    public async Task<int> ReleaseAllMineAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.SyncStates.Where(s => s.LeaseOwner == instance.Owner)
            .ExecuteUpdateAsync(set => set
                .SetProperty(s => s.LeaseOwner, (string?)null)
                .SetProperty(s => s.LeasedUntil, (DateTimeOffset?)null), ct);
    }

    /// <summary>Asks for a full listing of every API in <paramref name="apis"/> with the partner at the next run.</summary>
    public async Task RequestFullSyncAsync(string partnerHeiId, IEnumerable<string> apis, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        foreach (var api in apis.Distinct(StringComparer.Ordinal))
        {
            await EnsureExistsAsync(db, partnerHeiId, api, ct);
            await db.SyncStates.Where(s => s.PartnerHeiId == partnerHeiId && s.Api == api)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.FullSyncRequested, true), ct);
        }
    }

    private IQueryable<SyncState> Mine(GatewayDbContext db, SyncState leased) =>
        db.SyncStates.Where(s => s.PartnerHeiId == leased.PartnerHeiId && s.Api == leased.Api && s.LeaseOwner == instance.Owner);

    private static async Task EnsureExistsAsync(GatewayDbContext db, string partnerHeiId, string api, CancellationToken ct)
    {
        if (await db.SyncStates.AnyAsync(s => s.PartnerHeiId == partnerHeiId && s.Api == api, ct))
        {
            return;
        }

        var state = new SyncState { PartnerHeiId = partnerHeiId, Api = api };
        db.SyncStates.Add(state);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another instance created it first.
        }
        finally
        {
            db.Entry(state).State = EntityState.Detached;
        }
    }
}
