using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>Partner IIAs fetched a <c>get</c> batch at a time: one bad IIA does not keep the others of its batch out.</summary>
public sealed class SimulatedIiaBatchTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Reconcile_ThirdIiaOfTheBatchInvalid_OthersStoredTheBadOneRecorded()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        for (var i = 1; i <= 5; i++)
        {
            // mobilities-per-year is a positive integer in the XSD: 0 makes p-3 invalid, alone.
            partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, $"p-{i}", studentsPerYear: i == 3 ? 0 : 2));
        }

        await host.ReconcileAsync(Ct);

        Assert.Equal(1, partner.Requests.Count(SimEndpoint.IiasGet));
        var copies = await host.PartnerCopiesAsync(Ct);
        Assert.Equal(["p-1", "p-2", "p-4", "p-5"], copies.Select(c => c.Provenance.PartnerObjectId).Order(StringComparer.Ordinal));
        var issue = Assert.Single(await host.IssuesAsync(Ct));
        Assert.Equal(("iias", "schema", "p-3", 1), (issue.Api, issue.Kind, issue.ObjectId, issue.Count));
        var log = await host.QueryAsync(db => db.ChangeLog.AsNoTracking().ToListAsync(Ct));
        Assert.Equal(copies.Select(c => c.Id).Order(StringComparer.Ordinal), log.Select(e => e.AggregateId).Order(StringComparer.Ordinal));
        var state = await host.QueryAsync(db => db.SyncStates.SingleAsync(s => s.Api == "iias", Ct));
        Assert.Equal((5, 4), (state.LastListed, state.LastStored));
    }

    [Fact]
    public async Task Reconcile_BadIiaFixedByThePartner_StoredAndItsIssueResolved()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-2", studentsPerYear: 0));
        await host.ReconcileAsync(Ct);

        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-2", studentsPerYear: 3));
        await host.ReconcileAsync(Ct);

        var copies = await host.PartnerCopiesAsync(Ct);
        Assert.Equal(["p-1", "p-2"], copies.Select(c => c.Provenance.PartnerObjectId).Order(StringComparer.Ordinal));
        var issue = Assert.Single(await host.IssuesAsync(Ct));
        Assert.Equal("p-2", issue.ObjectId);
        Assert.NotNull(issue.ResolvedAt);
    }
}
