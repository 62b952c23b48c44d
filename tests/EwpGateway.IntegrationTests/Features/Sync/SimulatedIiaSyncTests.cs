using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>Partner IIAs pulled from a simulated partner into the real gateway: CNRs, reconciliation and the partner's faults.</summary>
public sealed class SimulatedIiaSyncTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IiaCnr_PartnerAgreement_FetchedStoredAndWatchChangesEmitsIt()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));

        var statuses = await partner.SendCnrAsync(SimCnrKind.Iia, "p-1", 1, Ct);
        await host.DrainInboxAsync(Ct);

        Assert.Equal([200], statuses);
        var copy = Assert.Single(await host.PartnerCopiesAsync(Ct));
        Assert.Equal((partner.HeiId, "p-1", "7.0.0", (DateTimeOffset?)null), (copy.Provenance.PartnerHeiId, copy.Provenance.PartnerObjectId, copy.Provenance.EwpVersion, copy.Provenance.WithdrawnAt));
        Assert.Equal(2, copy.CooperationConditions.Count);
        Assert.StartsWith("<iia ", System.Text.Encoding.UTF8.GetString(copy.Provenance.RawPayload!), StringComparison.Ordinal);
        Assert.Equal(InboxStatus.Done, (await host.QueryAsync(db => db.Inbox.SingleAsync(Ct))).Status);
        Assert.Empty(await host.QueryAsync(db => db.Outbox.ToListAsync(Ct)));

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        using var call = new SyncService.SyncServiceClient(host.Authorized).WatchChanges(new WatchChangesRequest(), cancellationToken: timeout.Token);
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal((AggregateType.Agreement, copy.Id, Operation.Created), (call.ResponseStream.Current.Type, call.ResponseStream.Current.Id, call.ResponseStream.Current.Op));
    }

    [Fact]
    public async Task Reconcile_ChangeWithoutCnr_PickedUpWithModifiedSince()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));
        await host.ReconcileAsync(Ct);

        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1", studentsPerYear: 4));
        await host.ReconcileAsync(Ct);

        var copy = Assert.Single(await host.PartnerCopiesAsync(Ct));
        Assert.Equal(4, copy.CooperationConditions[0].MobilitiesPerYear);
        Assert.Equal(2, copy.Version);
        var indexes = partner.Requests.Snapshot().Where(r => r.Endpoint == SimEndpoint.IiasIndex).ToList();
        Assert.False(indexes[0].Parameters.ContainsKey("modified_since"));
        Assert.True(indexes[1].Parameters.ContainsKey("modified_since"));
        var state = await host.QueryAsync(db => db.SyncStates.SingleAsync(s => s.Api == "iias", Ct));
        Assert.Equal((1, 1, 0, null), (state.LastListed, state.LastStored, state.ConsecutiveFailures, state.LastError));
    }

    [Theory]
    [InlineData(SimFaultKind.MalformedXml, "malformed-xml")]
    [InlineData(SimFaultKind.SchemaViolation, "schema")]
    [InlineData(SimFaultKind.MissingRequiredElement, "missing-element")]
    public async Task Reconcile_InvalidPayload_NothingStoredIssueCountedConsistentOnceHealed(SimFaultKind fault, string kind)
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));
        partner.Faults.Add(new SimFault(fault), SimEndpoint.IiasGet);

        await host.ReconcileAsync(Ct);
        await host.ReconcileAsync(Ct);
        var whileBroken = await host.PartnerCopiesAsync(Ct);
        var issues = await host.IssuesAsync(Ct);
        partner.Faults.Clear();
        await host.ReconcileAsync(Ct);

        Assert.Empty(whileBroken);
        var issue = Assert.Single(issues);
        Assert.Equal((kind, "iias", 2), (issue.Kind, issue.Api, issue.Count));
        Assert.Single(await host.PartnerCopiesAsync(Ct));
        var state = await host.QueryAsync(db => db.SyncStates.SingleAsync(s => s.Api == "iias", Ct));
        Assert.Equal((0, null), (state.ConsecutiveFailures, state.LastError));
    }

    [Theory]
    [InlineData(SimFaultKind.ServerError, 2)]
    [InlineData(SimFaultKind.ConnectionReset, 1)]
    [InlineData(SimFaultKind.Latency, 1)]
    public async Task Reconcile_TransientFault_RetriedByTheClientAndStored(SimFaultKind fault, int count)
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));
        partner.Faults.Add(new SimFault(fault) { Count = count, Delay = TimeSpan.FromSeconds(4) }, SimEndpoint.IiasGet);

        await host.ReconcileAsync(Ct);

        Assert.Single(await host.PartnerCopiesAsync(Ct));
        Assert.Equal(count + 1, partner.Requests.Count(SimEndpoint.IiasGet));
        Assert.Empty(await host.IssuesAsync(Ct));
    }

    [Theory]
    [InlineData(SimFaultKind.WrongSignature)]
    [InlineData(SimFaultKind.MissingSignature)]
    [InlineData(SimFaultKind.WrongDigest)]
    [InlineData(SimFaultKind.SkewedDate)]
    public async Task Reconcile_BadResponseSignature_RecordedNotStored(SimFaultKind fault)
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));
        partner.Faults.Add(new SimFault(fault) { Delay = TimeSpan.FromMinutes(10) }, SimEndpoint.IiasGet);

        await host.ReconcileAsync(Ct);

        Assert.Empty(await host.PartnerCopiesAsync(Ct));
        Assert.Equal("signature", Assert.Single(await host.IssuesAsync(Ct)).Kind);
        var state = await host.QueryAsync(db => db.SyncStates.SingleAsync(s => s.Api == "iias", Ct));
        Assert.Equal(1, state.ConsecutiveFailures);
        Assert.Contains("refused", state.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reconcile_V6OnlyPartner_SyncedThroughV6()
    {
        await using var host = SimulatedSyncHost.Start(beforeGateway: network => network.Partners[0].Faults.V6Only = true);
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-6"));

        await host.ReconcileAsync(Ct);

        var states = await host.QueryAsync(db => db.SyncStates.ToListAsync(Ct));
        Assert.All(states, s => Assert.True(s.LastError is null, s.LastError));
        var copy = Assert.Single(await host.PartnerCopiesAsync(Ct));
        Assert.StartsWith("6.", copy.Provenance.EwpVersion, StringComparison.Ordinal);
        Assert.Equal(("p-6", "2025/2026", "2027/2028"), (copy.Provenance.PartnerObjectId, copy.CooperationConditions[0].ReceivingFirstAcademicYearId, copy.CooperationConditions[0].ReceivingLastAcademicYearId));
        Assert.Equal(64, copy.IiaHash?.Length);
        Assert.Empty(await host.IssuesAsync(Ct));
    }

    [Fact]
    public async Task IiaCnr_DuplicateStorm_OneFetch()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));

        var statuses = await partner.SendCnrAsync(SimCnrKind.Iia, "p-1", 25, Ct);
        await host.DrainInboxAsync(Ct);

        Assert.All(statuses, s => Assert.Equal(200, s));
        Assert.Equal(1, partner.Requests.Count(SimEndpoint.IiasGet));
        Assert.Equal(25, (await host.QueryAsync(db => db.Inbox.SingleAsync(Ct))).ReceivedCount);
        Assert.Single(await host.PartnerCopiesAsync(Ct));
    }

    [Fact]
    public async Task UnlistedSigningKey_CnrRefused403ResponsesRefusedNothingStoredThenHealed()
    {
        // The partner signs with its expired key (no longer in the catalogue): its CNRs and its responses alike.
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Faults.UnlistedSigningKey = true;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));

        var statuses = await partner.SendCnrAsync(SimCnrKind.Iia, "p-1", 1, Ct);
        await host.DrainInboxAsync(Ct);
        await host.ReconcileAsync(Ct);

        Assert.Equal([403], statuses);
        Assert.Empty(await host.QueryAsync(db => db.Inbox.ToListAsync(Ct)));
        Assert.Empty(await host.PartnerCopiesAsync(Ct));
        // Every source the reconciliation called counts the refused answer (IIAs, Outgoing Mobilities, ToRs).
        var issues = await host.IssuesAsync(Ct);
        Assert.Contains(issues, i => i.Api == "iias");
        Assert.All(issues, i => Assert.Equal("signature", i.Kind));
        Assert.All(issues, i => Assert.Contains("UnknownKey", i.Message, StringComparison.Ordinal));

        partner.Faults.UnlistedSigningKey = false;
        Assert.Equal([200], await partner.SendCnrAsync(SimCnrKind.Iia, "p-1", 1, Ct));
        await host.DrainInboxAsync(Ct);
        Assert.Single(await host.PartnerCopiesAsync(Ct));
    }

    [Fact]
    public async Task Reconcile_AgreementGoneFromPartner_MarkedWithdrawnNotDeleted()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));
        await host.ReconcileAsync(Ct);

        partner.Data.Agreements.Remove("p-1");
        await partner.SendCnrAsync(SimCnrKind.Iia, "p-1", 1, Ct);
        await host.DrainInboxAsync(Ct);

        var copy = Assert.Single(await host.PartnerCopiesAsync(Ct));
        Assert.NotNull(copy.Provenance.WithdrawnAt);
        Assert.Equal(2, copy.Version);
    }
}
