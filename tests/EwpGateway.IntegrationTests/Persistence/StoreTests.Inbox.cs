using EwpGateway.Features.Iias;
using EwpGateway.Features.Institutions;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.SampleData;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>The inbox writer on each provider: bursts and concurrent notifications become one pending row.</summary>
public abstract partial class StoreTests
{
    [Fact]
    public async Task InboxWriter_ConcurrentNotificationsForOneObject_OnePendingRowCountingAll()
    {
        var (_, factory) = await NewDatabaseAsync();
        var inbox = new InboxWriter(factory, _time);
        string[] senders = ["b.example", "a.example"];

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => inbox.RecordAsync(InboxKind.IiaCnr, senders, "key", ["iia-1"], Ct)));
        await inbox.RecordAsync(InboxKind.IiaCnr, senders, "key", ["iia-1", "iia-2"], Ct);
        await inbox.RecordAsync(InboxKind.OmobilityCnr, senders, "key", ["iia-1"], Ct);

        await using var db = factory.CreateDbContext();
        var rows = await db.Inbox.AsNoTracking().OrderBy(m => m.Kind).ThenBy(m => m.ObjectId).ToListAsync(Ct);
        Assert.Equal(
            [(InboxKind.IiaCnr, "iia-1", 9), (InboxKind.IiaCnr, "iia-2", 1), (InboxKind.OmobilityCnr, "iia-1", 1)],
            rows.Select(r => (r.Kind, r.ObjectId, r.ReceivedCount)));
        Assert.All(rows, r => Assert.Equal("a.example b.example", r.SenderHeiIds));
    }

    [Fact]
    public async Task InboxWriter_AfterProcessing_NewNotificationOpensANewRow()
    {
        var (_, factory) = await NewDatabaseAsync();
        var inbox = new InboxWriter(factory, _time);
        await inbox.RecordAsync(InboxKind.TorCnr, ["a.example"], "key", ["m-1"], Ct);
        await using (var db = factory.CreateDbContext())
        {
            var row = await db.Inbox.SingleAsync(Ct);
            row.Status = InboxStatus.Done;
            await db.SaveChangesAsync(Ct);
        }

        await inbox.RecordAsync(InboxKind.TorCnr, ["a.example"], "key", ["m-1"], Ct);

        await using var check = factory.CreateDbContext();
        Assert.Equal([InboxStatus.Pending, InboxStatus.Done], (await check.Inbox.AsNoTracking().ToListAsync(Ct)).Select(r => r.Status).Order());
    }
}
