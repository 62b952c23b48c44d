using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// The gateway process is SIGKILLed while it delivers our CNRs to slow partners, then started again on the same
/// database. What the outbox design guarantees, asserted here: every queued CNR is delivered in the end (none lost);
/// a row recorded Sent before the kill is never sent again; a row not yet recorded is sent by the next life, so a
/// partner receives a CNR twice only when its delivery was in flight at the kill (its rows still leased: at-least-once),
/// and the next life takes those over only when their lease (<c>Ewp:Outbox:LeaseDuration</c>, 1 minute here) runs out.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class OutboxCrashTests
{
    private const int Partners = 3;
    private const int AgreementsPerPartner = 10;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledWhileDeliveringCnrs_Restarted_EveryCnrDeliveredRedeliveredOnlyIfInFlight()
    {
        var cycles = ReliabilitySettings.Cycles;
        await using var harness = new CrashHarness(cycles + 1, o =>
        {
            o.PartnerCount = Partners;
            o.AgreementsPerPartner = 0;
            o.NominationsPerPartner = 0;
        }, new Dictionary<string, string?>
        {
            ["Ewp:Outbox:BatchSize"] = "2",
            ["Ewp:Sync:ReconciliationInterval"] = "1.00:00:00",
        });
        foreach (var partner in harness.Network.Partners)
        {
            partner.Faults.Add(new SimFault(SimFaultKind.Latency) { Delay = TimeSpan.FromMilliseconds(500) }, SimEndpoint.IiaCnr);
        }

        await harness.StartAsync(0, Ct);
        var agreements = new AgreementService.AgreementServiceClient(harness.Grpc);
        var kills = new List<(HashSet<Guid> Sent, HashSet<string> Leased)>();
        for (var life = 0; life < cycles; life++)
        {
            var sentBefore = await harness.QueryAsync(db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent, Ct), Ct);
            foreach (var partner in harness.Network.Partners)
            {
                for (var i = 0; i < AgreementsPerPartner; i++)
                {
                    await agreements.CreateAgreementAsync(new CreateAgreementRequest
                    {
                        IdempotencyKey = Guid.NewGuid().ToString(),
                        Agreement = LocalObjects.Agreement(partner.HeiId, $"crash-{life}-{i}", 1),
                    }, deadline: TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(60), cancellationToken: Ct);
                }
            }

            await harness.WaitForAsync(db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Sent, Ct), n => n >= sentBefore + 4,
                "a few CNRs delivered", TimeSpan.FromSeconds(60), Ct);
            await harness.KillAsync();
            var rows = await harness.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync(Ct), Ct);
            kills.Add(([.. rows.Where(r => r.Status == OutboxStatus.Sent).Select(r => r.Id)],
                [.. rows.Where(r => r.Status == OutboxStatus.Pending && r.LeaseOwner != null).Select(Invariants.Key)]));
            await harness.StartAsync(life + 1, Ct);
        }

        await harness.WaitForAsync(db => db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending, Ct), n => n == 0,
            "every CNR delivered after the restart (in-flight ones after their lease ran out)", TimeSpan.FromSeconds(100), Ct);

        var final = await harness.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync(Ct), Ct);
        var receipts = CnrReceipt.Of(harness.Network.Partners);
        var lives = Enumerable.Range(0, cycles + 1).ToDictionary(harness.KeyId, l => l, StringComparer.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{cycles} kill(s); {final.Count} CNRs queued, {kills[^1].Sent.Count} sent before the last kill, {kills.Sum(k => k.Leased.Count)} in flight at the kills, {receipts.Count} received");
        Assert.All(final, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.InRange(kills[^1].Sent.Count, 1, final.Count - 1);
        Assert.All(receipts, r => Assert.True(r.KeyId is not null && lives.ContainsKey(r.KeyId), $"{r.Key} was signed by an unknown key"));

        // Each queued CNR reached its partner in the life that recorded it Sent (none lost)...
        var recordedIn = final.ToDictionary(Invariants.Key, r => kills.FindIndex(k => k.Sent.Contains(r.Id)) is var at and >= 0 ? at : cycles);
        foreach (var (key, life) in recordedIn)
        {
            Assert.Single(receipts, r => r.Key == key && lives[r.KeyId!] == life);
        }

        // ...and any other receipt is an earlier life's send that was in flight (leased, unrecorded) when that life was killed.
        var extra = receipts.Where(r => lives[r.KeyId!] != recordedIn[r.Key]).ToList();
        Assert.All(extra, r => Assert.True(lives[r.KeyId!] < recordedIn[r.Key] && kills[lives[r.KeyId!]].Leased.Contains(r.Key),
            $"{r.Key} was sent again by life {lives[r.KeyId!]} though it was not in flight when that life was killed"));
    }
}
