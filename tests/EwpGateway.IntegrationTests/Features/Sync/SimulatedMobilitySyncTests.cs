using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.IntegrationTests.PartnerSimulator;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>
/// The partner's CNRs about nominations and transcripts, end to end through the real gateway: the CNR is recorded by
/// our receiver, the inbox processor fetches the object, it is stored in the canonical model and WatchChanges emits it.
/// </summary>
public sealed class SimulatedMobilitySyncTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OmobilityCnr_PartnersNomination_FetchedStoredIncomingAndWatchChangesEmitsIt()
    {
        await using var host = SimulatedSyncHost.Start(o => o.NominationsPerPartner = 1);
        var partner = host.Partner;
        var nomination = Assert.Single(partner.Data.Nominations.All);

        var statuses = await partner.SendCnrAsync(SimCnrKind.Omobility, nomination.OmobilityId, 3, Ct);
        await host.DrainInboxAsync(Ct);

        Assert.Equal([200, 200, 200], statuses);
        var stored = Assert.Single(await host.QueryAsync(db => db.Nominations.AsNoTracking().ToListAsync(Ct)));
        Assert.Equal(
            (EwpGateway.Infrastructure.Persistence.Model.NominationDirection.Incoming, partner.HeiId, nomination.OmobilityId, nomination.FamilyName, nomination.ProposalId),
            (stored.Direction, stored.Provenance.PartnerHeiId, stored.Provenance.PartnerObjectId, stored.Student.FamilyName, stored.CurrentProposalId));
        Assert.Single(partner.Requests.Snapshot(), r => r.Endpoint == SimEndpoint.OmobilitiesGet);
        Assert.Equal(InboxStatus.Done, (await host.QueryAsync(db => db.Inbox.SingleAsync(Ct))).Status);
        await AssertCreatedEventAsync(host, AggregateType.Nomination, stored.Id);
    }

    [Fact]
    public async Task TorCnr_TranscriptOfOurOutgoingStudent_FetchedStoredAndWatchChangesEmitsIt()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        var transcript = SimulatedDocumentsTests.Transcript("om-ours-1", signed: true);
        partner.Data.Transcripts.Upsert(transcript);

        var statuses = await partner.SendCnrAsync(SimCnrKind.Tor, "om-ours-1", 1, Ct);
        await host.DrainInboxAsync(Ct);

        Assert.Equal([200], statuses);
        var stored = Assert.Single(await host.QueryAsync(db => db.Transcripts.AsNoTracking().ToListAsync(Ct)));
        Assert.Equal(
            ("om-ours-1", partner.HeiId, ElmoSignatureStatus.Valid, transcript.Results.Count),
            (stored.OmobilityId, stored.Provenance.PartnerHeiId, stored.ElmoSignature, stored.Results.Count));
        await AssertCreatedEventAsync(host, AggregateType.Transcript, stored.Id);
    }

    private static async Task AssertCreatedEventAsync(SimulatedSyncHost host, AggregateType type, string id)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(20));
        using var call = new SyncService.SyncServiceClient(host.Authorized).WatchChanges(new WatchChangesRequest(), cancellationToken: timeout.Token);
        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        Assert.Equal((type, id, Operation.Created), (call.ResponseStream.Current.Type, call.ResponseStream.Current.Id, call.ResponseStream.Current.Op));
    }
}
