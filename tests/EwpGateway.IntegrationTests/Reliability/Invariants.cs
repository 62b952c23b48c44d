using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// The database-side invariants every reliability test ends with: nothing stored twice, one Created event per object,
/// a change log without holes, every inbox row settled, every outbox row delivered.
/// </summary>
internal static class Invariants
{
    /// <summary>
    /// Each partner object (agreement, nomination, transcript) is stored once, every stored object has exactly one
    /// Created event, and the change log's sequence is 1..N without a hole or a repeat.
    /// </summary>
    public static async Task AssertNoDuplicatesAsync(GatewayDbContextFactory factory, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var copies = new List<(string Type, string Id, string Key)>();
        copies.AddRange((await db.Agreements.AsNoTracking().Select(a => new { a.Id, a.Provenance.Source, a.Provenance.PartnerHeiId, a.Provenance.PartnerObjectId }).ToListAsync(ct))
            .Select(a => (nameof(Agreement), a.Id, a.Source == ProvenanceSource.Partner ? $"{a.PartnerHeiId}/{a.PartnerObjectId}" : "local/" + a.Id)));
        copies.AddRange((await db.Nominations.AsNoTracking().Select(a => new { a.Id, a.Provenance.Source, a.Provenance.PartnerHeiId, a.Provenance.PartnerObjectId }).ToListAsync(ct))
            .Select(a => (nameof(Nomination), a.Id, a.Source == ProvenanceSource.Partner ? $"{a.PartnerHeiId}/{a.PartnerObjectId}" : "local/" + a.Id)));
        copies.AddRange((await db.Transcripts.AsNoTracking().Select(a => new { a.Id, a.Provenance.Source, a.Provenance.PartnerHeiId, a.Provenance.PartnerObjectId }).ToListAsync(ct))
            .Select(a => (nameof(Transcript), a.Id, a.Source == ProvenanceSource.Partner ? $"{a.PartnerHeiId}/{a.PartnerObjectId}" : "local/" + a.Id)));
        var log = await db.ChangeLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(ct);

        var duplicated = copies.GroupBy(c => (c.Type, c.Key)).Where(g => g.Count() > 1).Select(g => $"{g.Key.Type} {g.Key.Key} x{g.Count()}").ToList();
        Assert.True(duplicated.Count == 0, "Stored more than once: " + string.Join(", ", duplicated));
        var created = log.Where(e => e.Operation == ChangeOperation.Created).GroupBy(e => (e.AggregateType, e.AggregateId)).ToDictionary(g => g.Key, g => g.Count());
        var wrong = copies.Where(c => created.GetValueOrDefault((c.Type, c.Id)) != 1)
            .Select(c => $"{c.Type} {c.Key} has {created.GetValueOrDefault((c.Type, c.Id))} Created events").ToList();
        Assert.True(wrong.Count == 0, string.Join(", ", wrong));
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
    }

    /// <summary>
    /// No inbox row is pending or failed, and for each (kind, notifier, object) the rows count exactly the
    /// notifications the gateway acknowledged with 200 (<paramref name="accepted"/>): none lost, none counted twice.
    /// A notification answered otherwise (<paramref name="refused"/>: the database failed around the commit) may or
    /// may not be counted; its sender retries it anyway.
    /// </summary>
    public static async Task AssertInboxSettledAsync(
        GatewayDbContextFactory factory,
        IReadOnlyDictionary<(InboxKind Kind, string Sender, string ObjectId), int> accepted,
        CancellationToken ct,
        IReadOnlyDictionary<(InboxKind Kind, string Sender, string ObjectId), int>? refused = null)
    {
        await using var db = factory.CreateDbContext();
        var rows = await db.Inbox.AsNoTracking().ToListAsync(ct);
        var unsettled = rows.Where(r => r.Status != InboxStatus.Done).Select(r => $"{r.Kind} {r.SenderHeiIds}/{r.ObjectId}: {r.Status} {r.LastError}").ToList();
        Assert.True(unsettled.Count == 0, "Inbox rows not done: " + string.Join("; ", unsettled));
        var counted = rows.GroupBy(r => (r.Kind, r.SenderHeiIds, r.ObjectId)).ToDictionary(g => g.Key, g => g.Sum(r => r.ReceivedCount));
        var wrong = counted.Keys.Union(accepted.Keys)
            .Select(k => (Key: k, Counted: counted.GetValueOrDefault(k), Min: accepted.GetValueOrDefault(k), Max: accepted.GetValueOrDefault(k) + (refused?.GetValueOrDefault(k) ?? 0)))
            .Where(x => x.Counted < x.Min || x.Counted > x.Max)
            .Select(x => $"{x.Key}: {x.Counted} counted, {x.Min} acknowledged" + (x.Max > x.Min ? $", {x.Max - x.Min} refused" : ""))
            .ToList();
        Assert.True(wrong.Count == 0, "Notifications lost or counted twice: " + string.Join("; ", wrong));
    }

    /// <summary>
    /// Every outbox row is Sent, or visibly Failed (with the partner's error) when the partner refused it for good; the
    /// rows merged into a delivery share its partner, kind, object and outcome; and the partners acknowledged each Sent
    /// delivery exactly once: the multiset of acknowledged ids equals the multiset of Sent deliveries (no CNR lost, none
    /// sent twice). IIA and OMobility CNRs carry our object id, so the row's object id is the id received.
    /// </summary>
    /// <returns>How many deliveries failed for good.</returns>
    public static int AssertDeliveredExactlyOnce(IReadOnlyList<OutboxMessage> rows, IReadOnlyList<CnrReceipt> receipts)
    {
        var open = rows.Where(r => r.Status is not (OutboxStatus.Sent or OutboxStatus.Failed) || (r.Status == OutboxStatus.Failed && string.IsNullOrEmpty(r.LastError)))
            .Select(r => $"{r.PartnerHeiId}/{r.Kind}/{r.ObjectId}: {r.Status} {r.LastError}").ToList();
        Assert.True(open.Count == 0, "Outbox rows neither sent nor visibly failed: " + string.Join("; ", open));
        var byId = rows.ToDictionary(r => r.Id);
        var deliveries = rows.Where(r => r.MergedIntoId is null).ToList();
        Assert.Equal(rows.Count(r => r.Status == OutboxStatus.Sent), deliveries.Where(r => r.Status == OutboxStatus.Sent).Sum(r => 1 + r.MergedCount));
        Assert.All(rows.Where(r => r.MergedIntoId is not null), r =>
            Assert.Equal((Key(r), r.Status), (Key(byId[r.MergedIntoId!.Value]), byId[r.MergedIntoId.Value].Status)));

        Assert.Equal(
            deliveries.Where(r => r.Status == OutboxStatus.Sent).Select(Key).Order(StringComparer.Ordinal),
            receipts.Select(r => r.Key).Order(StringComparer.Ordinal));
        return deliveries.Count(r => r.Status == OutboxStatus.Failed);
    }

    /// <summary>
    /// As <see cref="AssertDeliveredExactlyOnce"/> but a delivery may have been received more than once: when the
    /// database fails between a send and its recording, the rows stay leased and are sent again (at-least-once).
    /// </summary>
    /// <returns>How many receipts were such repeats.</returns>
    public static int AssertDeliveredAtLeastOnce(IReadOnlyList<OutboxMessage> rows, IReadOnlyList<CnrReceipt> receipts)
    {
        var notSent = rows.Where(r => r.Status != OutboxStatus.Sent).Select(r => $"{r.PartnerHeiId}/{r.Kind}/{r.ObjectId}: {r.Status} {r.LastError}").ToList();
        Assert.True(notSent.Count == 0, "Outbox rows not sent: " + string.Join("; ", notSent));
        var received = receipts.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var lost = rows.Where(r => r.MergedIntoId is null).GroupBy(Key)
            .Where(g => received.GetValueOrDefault(g.Key) < g.Count())
            .Select(g => $"{g.Key}: {g.Count()} delivered, {received.GetValueOrDefault(g.Key)} received").ToList();
        Assert.True(lost.Count == 0, "CNRs recorded Sent that the partner never acknowledged: " + string.Join("; ", lost));
        return receipts.Count - rows.Count(r => r.MergedIntoId is null);
    }

    public static string Key(OutboxMessage row) => CnrReceipt.OutboxKey(row.PartnerHeiId, row.Kind, row.ObjectId);
}
