using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Admin;

/// <summary>What an administrator can do to a partner: ask for a full re-sync, put given-up CNRs back in the queue.</summary>
internal sealed class AdminActions(GatewayDbContextFactory factory, TimeProvider time, ILogger<AdminActions> logger)
{
    /// <summary>
    /// Marks every API of the partner for a full listing at the next reconciliation (which then also marks withdrawn
    /// what the partner no longer lists). Returns the number of APIs marked; APIs never synced are created marked.
    /// </summary>
    public async Task<int> RequestResyncAsync(string user, string partnerHeiId, IReadOnlyCollection<string> apis, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(apis);
        await using var db = factory.CreateDbContext();
        var states = await db.SyncStates.Where(s => s.PartnerHeiId == partnerHeiId).ToListAsync(cancellationToken);
        foreach (var api in apis.Where(a => states.All(s => s.Api != a)))
        {
            var state = new SyncState { PartnerHeiId = partnerHeiId, Api = api };
            db.SyncStates.Add(state);
            states.Add(state);
        }

        foreach (var state in states)
        {
            state.FullSyncRequested = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        AdminLog.ResyncRequested(logger, user, partnerHeiId);
        return states.Count;
    }

    /// <summary>Puts the partner's failed CNRs back to pending, to be sent at once; returns how many.</summary>
    public async Task<int> RetryFailedCnrsAsync(string user, string partnerHeiId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = factory.CreateDbContext();

        // The give-up horizon counts from CreatedAt: a retried row gets a fresh start, its error stays visible until it is sent.
        var count = await db.Outbox
            .Where(o => o.PartnerHeiId == partnerHeiId && o.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(
                set => set
                    .SetProperty(o => o.Status, OutboxStatus.Pending)
                    .SetProperty(o => o.Attempts, 0)
                    .SetProperty(o => o.NextAttemptAt, now)
                    .SetProperty(o => o.CreatedAt, now)
                    .SetProperty(o => o.LeaseOwner, (string?)null)
                    .SetProperty(o => o.LeasedUntil, (DateTimeOffset?)null),
                cancellationToken);
        AdminLog.CnrsRetried(logger, user, partnerHeiId, count);
        return count;
    }
}
