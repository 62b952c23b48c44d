using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// What a request could have stored, counted: two equal snapshots around a refused request show that it stored nothing
/// (no object, no change, no inbox or outbox row, no repeated notification counted, no exchange of data with a partner).
/// </summary>
internal sealed record StoreSnapshot(
    long LastChange, int Agreements, int Nominations, int Transcripts, int Institutions, int InboxRows, int InboxReceived, int OutboxRows)
{
    public static async Task<StoreSnapshot> TakeAsync(GatewayDbContextFactory factory, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return new StoreSnapshot(
            await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0,
            await db.Agreements.CountAsync(ct),
            await db.Nominations.CountAsync(ct),
            await db.Transcripts.CountAsync(ct),
            await db.Institutions.CountAsync(ct),
            await db.Inbox.CountAsync(ct),
            await db.Inbox.SumAsync(m => m.ReceivedCount, ct),
            await db.Outbox.CountAsync(ct));
    }
}
