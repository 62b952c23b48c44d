using System.Xml.Linq;
using EwpGateway.Contracts.V1;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Xml;
using EwpGateway.IntegrationTests.Grpc;
using EwpGateway.PartnerSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>Our decision on an incoming nomination, made through gRPC, reaches the sending HEI as an OMobilities v3 update.</summary>
public sealed class OutboxOmobilityUpdateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RejectNomination_IncomingNomination_PartnerGetsValidRejectWithOurComment()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, o => o.PartnerCount = 1, Ct);
        var incoming = await SeedAsync(sim, stale: false);
        var (channel, invoker) = sim.Grpc();
        using var _ = channel;

        await new NominationService.NominationServiceClient(invoker).RejectNominationAsync(
            new RejectNominationRequest { Id = incoming.Id, ExpectedVersion = 1, ProposalId = incoming.CurrentProposalId, Comment = "Course full" }, cancellationToken: Ct);
        var result = await sim.Dispatcher().RunOnceAsync(Ct);

        var row = Assert.Single(await sim.RowsAsync(Ct));
        Assert.Equal((OutboxKind.OmobilityUpdate, incoming.Id, OutboxStatus.Sent, (string?)null), (row.Kind, row.ObjectId, row.Status, row.LastError));
        Assert.Equal(1, result.Sent);
        var request = Assert.Single(sim.Network.Partners[0].Requests.Snapshot(), r => r.Endpoint == SimEndpoint.OmobilitiesUpdate);
        Assert.Equal((200, true), (request.Status, request.SignatureValid));
        var document = XDocument.Parse(request.Body);
        Assert.Empty(EwpSchemas.Default.Validate(document, OmobilityUpdateEndpoint.RequestXsd));
        Assert.Equal(new OmobilityUpdateRequest(false, incoming.Provenance.PartnerObjectId!, incoming.CurrentProposalId!, "Course full"), OmobilityUpdateRequest.From(document));
        var decision = Assert.Single(sim.Network.Partners[0].Data.Decisions);
        Assert.Equal((false, "Course full"), (decision.Approved, decision.Comment));
    }

    [Fact]
    public async Task AcceptNomination_PartnerHasANewerProposal_FailedAtOnceWithThePartnersMessage()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, o => o.PartnerCount = 1, Ct);
        var incoming = await SeedAsync(sim, stale: true);
        var (channel, invoker) = sim.Grpc();
        using var _ = channel;

        await new NominationService.NominationServiceClient(invoker).AcceptNominationAsync(
            new AcceptNominationRequest { Id = incoming.Id, ExpectedVersion = 1, ProposalId = incoming.CurrentProposalId }, cancellationToken: Ct);
        var result = await sim.Dispatcher().RunOnceAsync(Ct);

        Assert.Equal(1, result.Failed);
        var row = Assert.Single(await sim.RowsAsync(Ct));
        Assert.Equal((OutboxStatus.Failed, 1), (row.Status, row.Attempts));
        Assert.StartsWith($"HTTP 409 Conflict: proposal-id '{incoming.CurrentProposalId}' is not the current proposal", row.LastError, StringComparison.Ordinal);
        Assert.Empty(sim.Network.Partners[0].Data.Decisions);
    }

    /// <summary>
    /// The partner's nomination to us, on both sides: in the simulator and stored by us as the sync stores it, with the
    /// partner's proposal id (or, <paramref name="stale"/>, an older one the partner has moved on from).
    /// </summary>
    private static async Task<EwpGateway.Infrastructure.Persistence.Model.Nomination> SeedAsync(OutboxSimulation sim, bool stale)
    {
        var partner = sim.Network.Partners[0];
        var nomination = GrpcTestData.IncomingNomination();
        nomination.SendingHeiId = partner.HeiId;
        nomination.Provenance.PartnerHeiId = partner.HeiId;
        var served = partner.Data.Nominations.Upsert(new SimNomination
        {
            OmobilityId = nomination.Provenance.PartnerObjectId!,
            GivenNames = nomination.Student.GivenNames,
            FamilyName = nomination.Student.FamilyName,
            SendingHeiId = partner.HeiId,
            ReceivingHeiId = nomination.ReceivingHeiId,
            ReceivingAcademicYearId = nomination.ReceivingAcademicYearId,
        });
        nomination.CurrentProposalId = stale ? served.ProposalId + "-old" : served.ProposalId;
        return await sim.Services.GetRequiredService<NominationStore>().CreateAsync(nomination, null, Ct);
    }
}
