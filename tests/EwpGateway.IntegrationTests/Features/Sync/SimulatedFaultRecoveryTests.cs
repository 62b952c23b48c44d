using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>
/// A partner <c>get</c> answer that cannot be used as a whole (cut XML, invalid around its items, items without their
/// id) is a failed call, not an answer about the objects: the reconciliation run fails and the next one asks again, a
/// CNR is retried. The objects here were last changed by the partner long ago (seeded 30 days back), so only a full
/// listing names them: a run that took the faulted answer for a success lost them for good (the soak's defect).
/// </summary>
public sealed class SimulatedFaultRecoveryTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<SimEndpoint, SimFaultKind> UnusableGetAnswers => new()
    {
        { SimEndpoint.OmobilitiesGet, SimFaultKind.MalformedXml },
        { SimEndpoint.OmobilitiesGet, SimFaultKind.SchemaViolation },
        { SimEndpoint.OmobilitiesGet, SimFaultKind.MissingRequiredElement },
        { SimEndpoint.IiasGet, SimFaultKind.MalformedXml },
        { SimEndpoint.IiasGet, SimFaultKind.SchemaViolation },
        { SimEndpoint.TorsGet, SimFaultKind.MalformedXml },
    };

    [Theory]
    [MemberData(nameof(UnusableGetAnswers))]
    public async Task Reconcile_FirstGetAnswerUnusable_RunFailedAndTheNextStoresTheObjectsHeldLongBefore(SimEndpoint get, SimFaultKind fault)
    {
        await using var host = SimulatedSyncHost.Start(o =>
        {
            o.AgreementsPerPartner = 2;
            o.NominationsPerPartner = 2;
            o.TranscriptsPerPartner = 2;
        });
        var partner = host.Partner;
        var api = ApiOf(get);
        partner.Faults.Add(new SimFault(fault) { Count = 1 }, get);

        await host.ReconcileAsync(Ct);
        var afterFault = await StateAsync(host, api);
        await host.ReconcileAsync(Ct);

        Assert.Contains(partner.Requests.Snapshot(), r => r.Endpoint == get && r.Fault == fault);
        Assert.Equal(Held(partner, get), await StoredAsync(host, get));
        Assert.Equal((1, null), (afterFault.ConsecutiveFailures, afterFault.ReconciledFrom));
        var state = await StateAsync(host, api);
        Assert.Equal((0, null), (state.ConsecutiveFailures, state.LastError));
    }

    [Fact]
    public async Task OmobilityCnr_GetAnswerCut_RowRetriedNotDoneThenStored()
    {
        await using var host = SimulatedSyncHost.Start(o => o.NominationsPerPartner = 1);
        var partner = host.Partner;
        var id = Assert.Single(partner.Data.Nominations.All).OmobilityId;
        partner.Faults.Add(new SimFault(SimFaultKind.MalformedXml) { Count = 1 }, SimEndpoint.OmobilitiesGet);

        await partner.SendCnrAsync(SimCnrKind.Omobility, id, 1, Ct);
        await host.DrainInboxAsync(Ct);
        var row = await host.QueryAsync(db => db.Inbox.AsNoTracking().SingleAsync(Ct));
        var whileBroken = await StoredAsync(host, SimEndpoint.OmobilitiesGet);
        await host.QueryAsync(db => db.Inbox.ExecuteUpdateAsync(set => set.SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null), Ct));
        await host.DrainInboxAsync(Ct);

        Assert.Equal((InboxStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.NotNull(row.LastError);
        Assert.Empty(whileBroken);
        Assert.Equal([id], await StoredAsync(host, SimEndpoint.OmobilitiesGet));
        Assert.Equal(InboxStatus.Done, (await host.QueryAsync(db => db.Inbox.AsNoTracking().SingleAsync(Ct))).Status);
    }

    private static string ApiOf(SimEndpoint get) => get switch
    {
        SimEndpoint.OmobilitiesGet => "omobilities",
        SimEndpoint.IiasGet => "iias",
        _ => "imobility-tors",
    };

    private static List<string> Held(SimulatedPartner partner, SimEndpoint get) => get switch
    {
        SimEndpoint.OmobilitiesGet => [.. partner.Data.Nominations.All.Select(n => n.OmobilityId).Order(StringComparer.Ordinal)],
        SimEndpoint.IiasGet => [.. partner.Data.Agreements.All.Select(a => a.IiaId).Order(StringComparer.Ordinal)],
        _ => [.. partner.Data.Transcripts.All.Select(t => t.OmobilityId).Order(StringComparer.Ordinal)],
    };

    /// <summary>The partner's ids of the copies we hold and take for current (not withdrawn), in order.</summary>
    private static async Task<List<string>> StoredAsync(SimulatedSyncHost host, SimEndpoint get)
    {
        var ids = await host.QueryAsync(db => get switch
        {
            SimEndpoint.OmobilitiesGet => db.Nominations.Where(n => n.Provenance.Source == ProvenanceSource.Partner && n.Provenance.WithdrawnAt == null)
                .Select(n => n.Provenance.PartnerObjectId!).ToListAsync(Ct),
            SimEndpoint.IiasGet => db.Agreements.Where(a => a.Provenance.Source == ProvenanceSource.Partner && a.Provenance.WithdrawnAt == null)
                .Select(a => a.Provenance.PartnerObjectId!).ToListAsync(Ct),
            _ => db.Transcripts.Where(t => t.Provenance.Source == ProvenanceSource.Partner && t.Provenance.WithdrawnAt == null)
                .Select(t => t.Provenance.PartnerObjectId!).ToListAsync(Ct),
        });
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    private static Task<SyncState> StateAsync(SimulatedSyncHost host, string api) =>
        host.QueryAsync(db => db.SyncStates.AsNoTracking().SingleAsync(s => s.Api == api, Ct));
}
