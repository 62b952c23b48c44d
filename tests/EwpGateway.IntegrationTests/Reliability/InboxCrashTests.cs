using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.IntegrationTests.Features.Sync;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// The gateway process is SIGKILLed while it works through acknowledged CNRs (slow partner gets), then started again on
/// the same database. The design guarantees at-least-once processing of every acknowledged CNR: a row done before the
/// kill is not fetched again; a row pending or in flight at the kill is fetched by the next life (an in-flight one
/// possibly a second time, stored as unchanged). Reconciliation is not due in these minutes, so only the inbox can
/// heal. (SyncCrashTests covers a kill during reconciliation.)
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class InboxCrashTests
{
    private const int Partners = 3;
    private const int AgreementsPerPartner = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledWhileProcessingCnrs_Restarted_EveryAcceptedCnrFetchedOnceStoredOnce()
    {
        var cycles = ReliabilitySettings.Cycles;
        await using var harness = new CrashHarness(cycles + 1, o =>
        {
            o.PartnerCount = Partners;
            o.AgreementsPerPartner = 0;
            o.NominationsPerPartner = 0;
            o.MaxIds = 1;
        }, new Dictionary<string, string?>
        {
            ["Ewp:Sync:ReconciliationInterval"] = "1.00:00:00",
            ["Ewp:Sync:MaxConcurrentGetsPerPartner"] = "1",
        });
        foreach (var partner in harness.Network.Partners)
        {
            partner.Faults.Add(new SimFault(SimFaultKind.Latency) { Delay = TimeSpan.FromMilliseconds(400) }, SimEndpoint.IiasGet);
        }

        var ledger = new SoakLedger();
        await harness.StartAsync(0, Ct);
        await harness.WaitForAsync(db => db.SyncStates.CountAsync(s => s.Api == "iias" && s.LastSuccessAt != null, Ct), n => n == Partners,
            "the first (empty) reconciliation of every partner", TimeSpan.FromSeconds(60), Ct);

        HashSet<string> pendingAtKill = [];
        for (var life = 0; life < cycles; life++)
        {
            var doneBefore = await harness.QueryAsync(db => db.Inbox.CountAsync(m => m.Status == InboxStatus.Done, Ct), Ct);
            await NotifyAllAsync(harness, ledger, version: life + 1);
            await harness.WaitForAsync(db => db.Inbox.CountAsync(m => m.Status == InboxStatus.Done, Ct), n => n >= doneBefore + Partners,
                "a few CNRs processed", TimeSpan.FromSeconds(60), Ct);
            await harness.KillAsync();
            pendingAtKill = [.. await harness.QueryAsync(db => db.Inbox.Where(m => m.Status == InboxStatus.Pending).Select(m => m.SenderHeiIds + "/" + m.ObjectId).ToListAsync(Ct), Ct)];
            await harness.StartAsync(life + 1, Ct);
        }

        await harness.WaitForAsync(db => db.Inbox.CountAsync(m => m.Status != InboxStatus.Done, Ct), n => n == 0,
            "every CNR processed after the restart", TimeSpan.FromSeconds(90), Ct);

        var gets = harness.Network.Partners.SelectMany(p => p.Requests.Snapshot()
            .Where(r => r.Endpoint == SimEndpoint.IiasGet && r.Status == 200)
            .SelectMany(r => r.Parameters["iia_id"].Select(id => (Object: $"{p.HeiId}/{id}", r.KeyId)))).ToList();
        var all = ledger.Accepted.Keys.Select(k => $"{k.Sender}/{k.ObjectId}").ToHashSet(StringComparer.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{cycles} kill(s); {all.Count} objects notified, {pendingAtKill.Count} pending at the last kill, {gets.Count} gets in all");
        Assert.True(harness.Answers.Snapshot().All(a => a.Status == 200), harness.Answers.DescribeFailures());
        Assert.InRange(pendingAtKill.Count, 1, all.Count - 1);
        await Invariants.AssertInboxSettledAsync(harness.Db, ledger.Accepted, Ct);
        await Invariants.AssertNoDuplicatesAsync(harness.Db, Ct);
        await AssertLatestVersionsStoredAsync(harness);

        // The last life fetched exactly the objects pending at the last kill: nothing done was redone, nothing pending was lost.
        var fetchedLast = gets.Where(g => g.KeyId == harness.KeyId(cycles)).Select(g => g.Object).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(pendingAtKill.Order(StringComparer.Ordinal), fetchedLast.Order(StringComparer.Ordinal));
    }

    /// <summary>Every partner changes all its agreements to <paramref name="version"/> and notifies each (a few twice); all must be accepted.</summary>
    private static async Task NotifyAllAsync(CrashHarness harness, SoakLedger ledger, int version)
    {
        await Task.WhenAll(harness.Network.Partners.Select(async partner =>
        {
            for (var i = 0; i < AgreementsPerPartner; i++)
            {
                var id = $"crash-{i}";
                partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, id, studentsPerYear: 10 * version + 1));
                for (var copy = 0; copy < (i % 4 == 0 ? 2 : 1); copy++)
                {
                    Assert.Equal(200, await harness.Callers[partner.HeiId].NotifyAsync(SimEndpoint.IiaCnr, id, Ct));
                    ledger.Accept(InboxKind.IiaCnr, partner.HeiId, id);
                }
            }
        }));
    }

    private static async Task AssertLatestVersionsStoredAsync(CrashHarness harness)
    {
        var stored = await harness.QueryAsync(db => db.Agreements.AsNoTracking().AsAggregate()
            .Where(a => a.Provenance.Source == ProvenanceSource.Partner).ToListAsync(Ct), Ct);
        Assert.Equal(
            harness.Network.Partners.SelectMany(p => p.Data.Agreements.All.Select(a => $"{p.HeiId}/{a.IiaId}: {a.Conditions.Sum(c => c.MobilitiesPerYear)}")).Order(StringComparer.Ordinal),
            stored.Select(a => $"{a.Provenance.PartnerHeiId}/{a.Provenance.PartnerObjectId}: {a.CooperationConditions.Sum(c => c.MobilitiesPerYear)}").Order(StringComparer.Ordinal));
    }
}
