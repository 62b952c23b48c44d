using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// The soak: for <see cref="ReliabilitySettings.SoakDuration"/>, partners notify the gateway of changes (CNR storms
/// included) and read from it, while our mobility system writes over gRPC and every partner fails at random (5xx,
/// connection resets, latency, malformed XML, bad signatures, a few CNRs refused for good with 400). Then the partners
/// heal, and the gateway must settle with no CNR lost either way (each of ours delivered exactly once or visibly
/// Failed), nothing stored twice, and no request of a partner answered other than 200.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class SoakTests
{
    private const int Partners = 4;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Soak_PartnersFailingAtRandom_NoCnrLostNothingDuplicatedNo5xx()
    {
        var seed = ReliabilitySettings.Seed;
        TestContext.Current.TestOutputHelper?.WriteLine($"seed {seed} ({ReliabilitySettings.SeedVariable})");
        await using var host = ReliabilityHost.Start(o =>
        {
            o.PartnerCount = Partners;
            o.AgreementsPerPartner = 3;
            o.NominationsPerPartner = 2;
            o.MaxIds = 3;
            o.Seed = seed;
        }, postgres: null);
        foreach (var partner in host.Network.Partners)
        {
            ArmFaults(partner);
        }

        var ledger = new SoakLedger();
        using var stop = new CancellationTokenSource(ReliabilitySettings.SoakDuration);
        await Task.WhenAll(host.Network.Partners.SelectMany((p, i) => new[]
        {
            SoakLoad.NotifyAsync(host.Callers[p.HeiId], ledger, stop.Token, (seed * 1000) + 100 + i, Ct),
            SoakLoad.ReadAsync(host.Callers[p.HeiId], ledger, stop.Token, (seed * 1000) + 200 + i, Ct),
            SoakLoad.WriteAsync(host.Grpc, p.HeiId, ledger, stop.Token, Ct),
        }));
        var partnerRequests = host.Network.Partners.Sum(p => p.Requests.Snapshot().Count);
        var faulted = host.Network.Partners.SelectMany(p => p.Requests.Snapshot()).Where(r => r.Fault is not null).ToList();
        foreach (var partner in host.Network.Partners)
        {
            partner.Faults.Clear();
        }

        await Settling.WaitAsync(host.Db, TimeProvider.System.GetUtcNow(), ReliabilitySettings.Scaled(TimeSpan.FromSeconds(120)), Ct);

        var answers = host.Answers.Snapshot();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"soak {ReliabilitySettings.SoakDuration.TotalSeconds:0} s: {answers.Count} partner requests answered, {ledger.Accepted.Values.Sum()} CNRs accepted, " +
            $"{ledger.Writes.Values.Sum()} local writes; {partnerRequests} requests to partners, faults injected: " +
            string.Join(", ", faulted.GroupBy(r => r.Fault).Select(g => $"{g.Count()} {g.Key}")));
        Assert.True(answers.All(a => a.Status == 200), "Answers other than 200:\n" + host.Answers.DescribeFailures());
        Assert.Empty(ledger.GrpcFailures);
        // The faults did happen (the frequent ones; which rarer ones hit depends on timing, so they are only counted).
        Assert.Contains(faulted, r => r.Fault == SimFaultKind.ServerError);
        Assert.Contains(faulted, r => r.Fault == SimFaultKind.ConnectionReset);

        await Invariants.AssertInboxSettledAsync(host.Db, ledger.Accepted, Ct);
        await AssertCopiesMatchPartnersAsync(host);
        await Invariants.AssertNoDuplicatesAsync(host.Db, Ct);
        var rows = await host.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync(Ct));
        Assert.Equal(
            ledger.Writes.OrderBy(w => w.Key, StringComparer.Ordinal).Select(w => $"{w.Key} x{w.Value}"),
            rows.GroupBy(Invariants.Key).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
        var failed = Invariants.AssertDeliveredExactlyOnce(rows, CnrReceipt.Of(host.Network.Partners));
        TestContext.Current.TestOutputHelper?.WriteLine($"{rows.Count} CNRs queued, {failed} deliveries refused for good by the partner (Failed)");
    }

    /// <summary>Random failures on every endpoint of the partner; latency last, so a request hit by two faults is recorded with the other.</summary>
    private static void ArmFaults(SimulatedPartner partner)
    {
        partner.Faults.Add(new SimFault(SimFaultKind.ServerError) { Probability = 0.08, StatusCode = 503 });
        partner.Faults.Add(new SimFault(SimFaultKind.ServerError) { Probability = 0.04, StatusCode = 500 });
        partner.Faults.Add(new SimFault(SimFaultKind.ConnectionReset) { Probability = 0.05 });
        foreach (var cnr in new[] { SimEndpoint.IiaCnr, SimEndpoint.OmobilityCnr })
        {
            // The partner refuses the CNR for good: the row must end visibly Failed, not retried forever nor lost silently.
            partner.Faults.Add(new SimFault(SimFaultKind.ServerError) { Probability = 0.03, StatusCode = 400 }, cnr);
        }

        foreach (var endpoint in new[] { SimEndpoint.IiasGet, SimEndpoint.IiasIndex, SimEndpoint.OmobilitiesGet, SimEndpoint.OmobilitiesIndex })
        {
            partner.Faults.Add(new SimFault(SimFaultKind.MalformedXml) { Probability = 0.05 }, endpoint);
            partner.Faults.Add(new SimFault(SimFaultKind.WrongSignature) { Probability = 0.03 }, endpoint);
        }

        partner.Faults.Add(new SimFault(SimFaultKind.Latency) { Probability = 0.2, Delay = TimeSpan.FromMilliseconds(300) });
    }

    /// <summary>Every object the partners hold is stored once, not withdrawn, in the partner's latest version.</summary>
    private static async Task AssertCopiesMatchPartnersAsync(ReliabilityHost host)
    {
        var agreements = await host.QueryAsync(db => db.Agreements.AsNoTracking().AsAggregate().Where(a => a.Provenance.Source == ProvenanceSource.Partner).ToListAsync(Ct));
        var nominations = await host.QueryAsync(db => db.Nominations.AsNoTracking().Where(n => n.Provenance.Source == ProvenanceSource.Partner).ToListAsync(Ct));
        var expectedAgreements = host.Network.Partners.SelectMany(p => p.Data.Agreements.All.Select(a =>
            $"{p.HeiId}/{a.IiaId}: {a.Conditions.Sum(c => c.MobilitiesPerYear)} per year"));
        var expectedNominations = host.Network.Partners.SelectMany(p => p.Data.Nominations.All.Select(n =>
            $"{p.HeiId}/{n.OmobilityId}: {n.FamilyName} {n.ProposalId}"));

        Assert.Equal(
            expectedAgreements.Order(StringComparer.Ordinal),
            agreements.Where(a => a.Provenance.WithdrawnAt is null)
                .Select(a => $"{a.Provenance.PartnerHeiId}/{a.Provenance.PartnerObjectId}: {a.CooperationConditions.Sum(c => c.MobilitiesPerYear)} per year")
                .Order(StringComparer.Ordinal));
        Assert.Equal(
            expectedNominations.Order(StringComparer.Ordinal),
            nominations.Where(n => n.Provenance.WithdrawnAt is null)
                .Select(n => $"{n.Provenance.PartnerHeiId}/{n.Provenance.PartnerObjectId}: {n.Student.FamilyName} {n.CurrentProposalId}")
                .Order(StringComparer.Ordinal));
    }
}
