using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Records received change notifications: one pending row per (kind, notifier, object); a notification for
/// an object that is already pending only bumps its count and time. All ids of one notification are
/// recorded in one transaction.
/// </summary>
internal sealed class InboxWriter(GatewayDbContextFactory factory, TimeProvider timeProvider)
{
    /// <summary>Records a notification about <paramref name="objectIds"/> from a notifier covering <paramref name="senderHeiIds"/>.</summary>
    public async Task RecordAsync(
        InboxKind kind, IEnumerable<string> senderHeiIds, string senderKeyId, IReadOnlyCollection<string> objectIds, CancellationToken ct)
    {
        var senders = string.Join(' ', senderHeiIds.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var ids = objectIds.Distinct(StringComparer.Ordinal).ToList();

        // Two notifications racing for the same new object: the loser's insert hits the unique pending
        // index; on the second try it finds the winner's row and counts itself there.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await RecordOnceAsync(kind, senders, senderKeyId, ids, ct);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
            }
        }
    }

    private async Task RecordOnceAsync(InboxKind kind, string senders, string senderKeyId, List<string> ids, CancellationToken ct)
    {
        var now = timeProvider.GetUtcNow();
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var id in ids)
        {
            // Counted in the database, not read-modify-written, and per id: the number of rows THIS statement updated
            // says whether the row exists. (A separate SELECT afterwards could see a row another notification committed
            // in between, under READ COMMITTED, and this notification would be counted nowhere.)
            var counted = await db.Inbox
                .Where(m => m.Kind == kind && m.SenderHeiIds == senders && m.Status == InboxStatus.Pending && m.ObjectId == id)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(m => m.ReceivedCount, m => m.ReceivedCount + 1)
                        .SetProperty(m => m.LastReceivedAt, now)
                        .SetProperty(m => m.SenderKeyId, senderKeyId),
                    ct);
            if (counted == 0)
            {
                db.Inbox.Add(new InboxMessage
                {
                    Kind = kind,
                    SenderHeiIds = senders,
                    SenderKeyId = senderKeyId,
                    ObjectId = id,
                    FirstReceivedAt = now,
                    LastReceivedAt = now,
                });
            }
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
