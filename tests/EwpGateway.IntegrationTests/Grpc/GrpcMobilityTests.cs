using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Persistence;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EwpGateway.IntegrationTests.Grpc.GrpcTestData;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>Nominations, transcripts and institutions through the real host; run on SQLite and PostgreSQL by the derived classes.</summary>
public abstract class GrpcMobilityTests : GrpcTestBase
{
    [Fact]
    public async Task CreateNomination_Draft_NoCnrUntilSubmitted()
    {
        await using var gateway = await StartAsync();
        var client = new NominationService.NominationServiceClient(gateway.Authorized);

        var created = await client.CreateNominationAsync(new CreateNominationRequest { IdempotencyKey = "n-draft", Nomination = Nomination() }, cancellationToken: Ct);
        var rowsAfterCreate = await OutboxAsync(gateway, created.Id);
        var submitted = await client.SubmitNominationAsync(new SubmitNominationRequest { Id = created.Id, ExpectedVersion = 1 }, cancellationToken: Ct);
        var rowsAfterSubmit = await OutboxAsync(gateway, created.Id);
        var again = await Assert.ThrowsAsync<RpcException>(async () => await client.SubmitNominationAsync(
            new SubmitNominationRequest { Id = created.Id, ExpectedVersion = 2 }, cancellationToken: Ct));

        Assert.Equal(NominationStatus.Draft, created.Status);
        Assert.Empty(rowsAfterCreate);
        Assert.Equal(NominationStatus.Pending, submitted.Status);
        Assert.Equal([(Partner, OutboxKind.OmobilityCnr)], rowsAfterSubmit.Select(r => (r.PartnerHeiId, r.Kind)));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task CreateNomination_ThenUpdateGetListSubmitCancel_EveryFieldKept()
    {
        await using var gateway = await StartAsync();
        var client = new NominationService.NominationServiceClient(gateway.Authorized);
        var request = Nomination();

        var created = await client.CreateNominationAsync(new CreateNominationRequest { IdempotencyKey = "n-1", Nomination = request }, cancellationToken: Ct);
        var changed = Nomination();
        changed.Id = created.Id;
        changed.PlannedEndDate = "2026-02-15";
        changed.Student.Email = "lea.dupont@gmail.com";
        var updated = await client.UpdateNominationAsync(new UpdateNominationRequest { ExpectedVersion = 1, Nomination = changed }, cancellationToken: Ct);
        var got = await client.GetNominationAsync(new GetNominationRequest { Id = created.Id }, cancellationToken: Ct);
        var listed = await client.ListNominationsAsync(new ListNominationsRequest
        {
            Direction = NominationDirection.Outgoing, Status = NominationStatus.Draft, PartnerHeiId = Partner, ReceivingAcademicYearId = "2025/2026",
        }, cancellationToken: Ct);
        var submitted = await client.SubmitNominationAsync(new SubmitNominationRequest { Id = created.Id, ExpectedVersion = 2 }, cancellationToken: Ct);
        var cancelled = await client.CancelNominationAsync(new CancelNominationRequest { Id = created.Id, ExpectedVersion = 3, Comment = "Student withdrew" }, cancellationToken: Ct);

        Assert.Equal(request.Clone(), Content(created));
        Assert.Equal(NominationStatus.Draft, created.Status);
        var expectedUpdate = changed.Clone();
        expectedUpdate.Id = "";
        Assert.Equal(expectedUpdate, Content(updated));
        Assert.Equal(updated, got);
        Assert.Equal(updated, Assert.Single(listed.Nominations));
        Assert.Equal((3L, NominationStatus.Pending), (submitted.Version, submitted.Status));
        Assert.Equal(NominationStatus.Cancelled, cancelled.Status);
        Assert.Equal(
            [(NominationStatus.Draft, "", Home), (NominationStatus.Pending, "", Home), (NominationStatus.Cancelled, "Student withdrew", Home)],
            cancelled.History.Select(h => (h.Status, h.Comment, h.ChangedByHeiId)));
    }

    [Fact]
    public async Task AcceptNomination_IncomingCurrentProposal_Approved()
    {
        await using var gateway = await StartAsync();
        var client = new NominationService.NominationServiceClient(gateway.Authorized);
        var incoming = await SeedIncomingAsync(gateway);

        var stale = await Assert.ThrowsAsync<RpcException>(async () => await client.AcceptNominationAsync(
            new AcceptNominationRequest { Id = incoming.Id, ExpectedVersion = 1, ProposalId = "proposal-0" }, cancellationToken: Ct));
        var accepted = await client.AcceptNominationAsync(new AcceptNominationRequest { Id = incoming.Id, ExpectedVersion = 1, ProposalId = "proposal-1" }, cancellationToken: Ct);

        Assert.Equal(StatusCode.FailedPrecondition, stale.StatusCode);
        Assert.Equal((NominationDirection.Incoming, NominationStatus.Approved, 2L), (accepted.Direction, accepted.Status, accepted.Version));
        Assert.Equal((NominationStatus.Approved, Home), (accepted.History[^1].Status, accepted.History[^1].ChangedByHeiId));
        Assert.Equal(Origin.Partner, accepted.Provenance.Origin);
    }

    [Fact]
    public async Task RejectNomination_IncomingCurrentProposal_RejectedWithComment()
    {
        await using var gateway = await StartAsync();
        var client = new NominationService.NominationServiceClient(gateway.Authorized);
        var incoming = await SeedIncomingAsync(gateway);

        var rejected = await client.RejectNominationAsync(
            new RejectNominationRequest { Id = incoming.Id, ExpectedVersion = 1, ProposalId = "proposal-1", Comment = "Course full" }, cancellationToken: Ct);
        var again = await Assert.ThrowsAsync<RpcException>(async () => await client.AcceptNominationAsync(
            new AcceptNominationRequest { Id = incoming.Id, ExpectedVersion = 2, ProposalId = "proposal-1" }, cancellationToken: Ct));

        Assert.Equal((NominationStatus.Rejected, "Course full", "proposal-1"), (rejected.Status, rejected.Comment, rejected.ProposalId));
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
    }

    [Fact]
    public async Task PublishTranscript_IncomingNomination_GetAndListReturnIt()
    {
        await using var gateway = await StartAsync();
        var client = new TranscriptService.TranscriptServiceClient(gateway.Authorized);
        var incoming = await SeedIncomingAsync(gateway);
        var request = Transcript(incoming.Id);

        var published = await client.PublishTranscriptAsync(new PublishTranscriptRequest { IdempotencyKey = "tor-1", Transcript = request }, cancellationToken: Ct);
        var retried = await client.PublishTranscriptAsync(new PublishTranscriptRequest { IdempotencyKey = "tor-1", Transcript = request }, cancellationToken: Ct);
        var corrected = request.Clone();
        corrected.Results[1].Grade = "13";
        var replaced = await client.PublishTranscriptAsync(new PublishTranscriptRequest { IdempotencyKey = "tor-2", ExpectedVersion = 1, Transcript = corrected }, cancellationToken: Ct);
        var got = await client.GetTranscriptAsync(new GetTranscriptRequest { Id = published.Id }, cancellationToken: Ct);
        var listed = await client.ListTranscriptsAsync(new ListTranscriptsRequest { NominationId = incoming.Id, IssuerHeiId = Home }, cancellationToken: Ct);

        var expected = request.Clone();
        expected.OmobilityId = incoming.Provenance.PartnerObjectId;
        Assert.Equal(expected, Content(published));
        Assert.Equal(published, retried);
        var expectedCorrected = corrected.Clone();
        expectedCorrected.OmobilityId = incoming.Provenance.PartnerObjectId;
        Assert.Equal((published.Id, 2L), (replaced.Id, replaced.Version));
        Assert.Equal(expectedCorrected, Content(replaced));
        Assert.Equal(replaced, got);
        Assert.Equal(replaced, Assert.Single(listed.Transcripts));
    }

    [Fact]
    public async Task UpsertInstitution_CreateThenReplace_GetAndListReturnIt()
    {
        await using var gateway = await StartAsync();
        var client = new InstitutionService.InstitutionServiceClient(gateway.Authorized);
        var request = Institution(Partner);

        var created = await client.UpsertInstitutionAsync(new UpsertInstitutionRequest { Institution = request }, cancellationToken: Ct);
        var stale = await Assert.ThrowsAsync<RpcException>(async () => await client.UpsertInstitutionAsync(
            new UpsertInstitutionRequest { Institution = request }, cancellationToken: Ct));
        var changed = Institution(Partner);
        changed.Names.RemoveAt(1);
        var replaced = await client.UpsertInstitutionAsync(new UpsertInstitutionRequest { ExpectedVersion = 1, Institution = changed }, cancellationToken: Ct);
        var home = await client.UpsertInstitutionAsync(new UpsertInstitutionRequest { Institution = Institution(Home) }, cancellationToken: Ct);
        var got = await client.GetInstitutionAsync(new GetInstitutionRequest { HeiId = Partner }, cancellationToken: Ct);
        var listed = await client.ListInstitutionsAsync(new ListInstitutionsRequest { Query = "TWENTE" }, cancellationToken: Ct);

        Assert.Equal(request.Clone(), Content(created));
        Assert.Equal(StatusCode.Aborted, stale.StatusCode);
        Assert.Equal(changed.Clone(), Content(replaced));
        Assert.Equal(2, replaced.Version);
        Assert.False(replaced.IsHome);
        Assert.True(home.IsHome);
        Assert.Equal(replaced, got);
        Assert.Equal([Home, Partner], listed.Institutions.Select(i => i.HeiId).Order(StringComparer.Ordinal));
    }

    private static async Task<List<OutboxMessage>> OutboxAsync(GrpcGatewayHost gateway, string objectId)
    {
        await using var db = gateway.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        return await db.Outbox.AsNoTracking().Where(o => o.ObjectId == objectId).ToListAsync(Ct);
    }

    private static Nomination Content(Nomination nomination)
    {
        var content = nomination.Clone();
        content.Id = "";
        content.Version = 0;
        content.Status = NominationStatus.Unspecified;
        content.History.Clear();
        content.ProposalId = "";
        content.Comment = "";
        content.Provenance = null;
        content.CreatedAt = null;
        content.UpdatedAt = null;
        return content;
    }

    private static Transcript Content(Transcript transcript)
    {
        var content = transcript.Clone();
        content.Id = "";
        content.Version = 0;
        content.Provenance = null;
        content.CreatedAt = null;
        content.UpdatedAt = null;
        return content;
    }

    private static Institution Content(Institution institution)
    {
        var content = institution.Clone();
        content.Version = 0;
        content.IsHome = false;
        content.Provenance = null;
        content.UpdatedAt = null;
        return content;
    }
}
