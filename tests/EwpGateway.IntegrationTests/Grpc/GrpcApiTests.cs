using EwpGateway.Contracts.V1;
using EwpGateway.Features.Iias;
using EwpGateway.Infrastructure.Persistence;
using Google.Rpc;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EwpGateway.IntegrationTests.Grpc.GrpcTestData;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>Every RPC through the real host; <see cref="SqliteGrpcApiTests"/> and <see cref="PostgresGrpcApiTests"/> run them.</summary>
public abstract class GrpcApiTests : GrpcTestBase
{
    [Fact]
    public async Task CreateAgreement_EveryField_GetAndListReturnIt()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);
        var request = Agreement();

        var created = await client.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = "a-1", Agreement = request }, cancellationToken: Ct);
        var got = await client.GetAgreementAsync(new GetAgreementRequest { Id = created.Id }, cancellationToken: Ct);
        var listed = await client.ListAgreementsAsync(new ListAgreementsRequest { PartnerHeiId = Partner, Origin = Origin.Local, AcademicYearId = "2026/2027" }, cancellationToken: Ct);

        Assert.Equal(request.Clone(), Content(created));
        Assert.Equal(1, created.Version);
        Assert.Equal(Origin.Local, created.Provenance.Origin);
        Assert.NotNull(created.CreatedAt);
        Assert.Equal(created, got);
        Assert.Equal(created, Assert.Single(listed.Agreements));
        Assert.Empty(listed.Page.NextPageToken);
    }

    [Fact]
    public async Task ListAgreements_FiltersAndPages_EachAgreementOnce()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await client.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = $"page-{i}", Agreement = Agreement() }, cancellationToken: Ct)).Id);
        }

        var first = await client.ListAgreementsAsync(new ListAgreementsRequest { Page = new PageRequest { PageSize = 2 } }, cancellationToken: Ct);
        var second = await client.ListAgreementsAsync(new ListAgreementsRequest { Page = new PageRequest { PageSize = 2, PageToken = first.Page.NextPageToken } }, cancellationToken: Ct);
        var otherYear = await client.ListAgreementsAsync(new ListAgreementsRequest { AcademicYearId = "2030/2031" }, cancellationToken: Ct);
        var partnerOrigin = await client.ListAgreementsAsync(new ListAgreementsRequest { Origin = Origin.Partner }, cancellationToken: Ct);

        Assert.Equal(2, first.Agreements.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), first.Agreements.Concat(second.Agreements).Select(a => a.Id));
        Assert.Empty(second.Page.NextPageToken);
        Assert.Empty(otherYear.Agreements);
        Assert.Empty(partnerOrigin.Agreements);
    }

    [Fact]
    public async Task UpdateAgreement_NewContent_StoredAtNextVersion()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);
        var created = await client.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = "u-1", Agreement = Agreement() }, cancellationToken: Ct);
        var changed = Agreement("2026/2027");
        changed.Id = created.Id;
        changed.InEffect = false;
        changed.CooperationConditions.RemoveAt(1);

        var updated = await client.UpdateAgreementAsync(new UpdateAgreementRequest { ExpectedVersion = 1, Agreement = changed }, cancellationToken: Ct);
        var got = await client.GetAgreementAsync(new GetAgreementRequest { Id = created.Id }, cancellationToken: Ct);

        Assert.Equal(2, updated.Version);
        var expected = changed.Clone();
        expected.Id = "";
        Assert.Equal(expected, Content(updated));
        Assert.Equal(updated, got);
    }

    [Fact]
    public async Task ApproveAgreement_PartnerAgreementAtItsHash_ApprovalByHomeRecorded()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);
        const string Hash = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        var partnerCopy = AgreementMapping.ToModel(Agreement());
        partnerCopy.IiaHash = Hash;

        // Approvable: a staff-teaching condition needs a recommended language skill, else it is not yet defined.
        partnerCopy.CooperationConditions[1].RecommendedLanguageSkills.Add(new Model.LanguageSkill { Language = "en", CefrLevel = "B2" });
        partnerCopy.Provenance = new Model.Provenance { Source = Model.ProvenanceSource.Partner, PartnerHeiId = Partner, PartnerObjectId = "ut-77", EwpVersion = "7.0.0" };
        var stored = await gateway.Services.GetRequiredService<AgreementStore>().CreateAsync(partnerCopy, null, Ct);

        var wrongHash = await Assert.ThrowsAsync<RpcException>(async () => await client.ApproveAgreementAsync(
            new ApproveAgreementRequest { Id = stored.Id, ExpectedVersion = 1, IiaHash = new string('f', 64) }, cancellationToken: Ct));
        var approved = await client.ApproveAgreementAsync(new ApproveAgreementRequest { Id = stored.Id, ExpectedVersion = 1, IiaHash = Hash }, cancellationToken: Ct);

        Assert.Equal(StatusCode.FailedPrecondition, wrongHash.StatusCode);
        var approval = Assert.Single(approved.Approvals);
        Assert.Equal((Home, Hash), (approval.ApprovingHeiId, approval.IiaHash));
        Assert.NotNull(approval.ApprovedAt);
        Assert.Equal((Origin.Partner, Partner, "ut-77", "7.0.0", Hash), (approved.Provenance.Origin, approved.Provenance.PartnerHeiId, approved.Provenance.PartnerObjectId, approved.Provenance.EwpVersion, approved.IiaHash));
    }

    [Fact]
    public async Task TerminateAgreement_InEffect_TerminatedAndOnlyListedOnRequest()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);
        var created = await client.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = "t-1", Agreement = Agreement() }, cancellationToken: Ct);

        var terminated = await client.TerminateAgreementAsync(new TerminateAgreementRequest { Id = created.Id, ExpectedVersion = 1, Reason = "Programme closed" }, cancellationToken: Ct);
        var again = await Assert.ThrowsAsync<RpcException>(async () => await client.TerminateAgreementAsync(
            new TerminateAgreementRequest { Id = created.Id, ExpectedVersion = 2 }, cancellationToken: Ct));
        var active = await client.ListAgreementsAsync(new ListAgreementsRequest(), cancellationToken: Ct);
        var all = await client.ListAgreementsAsync(new ListAgreementsRequest { IncludeTerminated = true }, cancellationToken: Ct);

        Assert.True(terminated.TerminatedAsAWhole);
        Assert.Equal(("Programme closed", terminated.UpdatedAt), (terminated.TerminationReason, terminated.TerminatedAt));
        Assert.Equal(2, terminated.Version);
        Assert.Equal(StatusCode.FailedPrecondition, again.StatusCode);
        Assert.Empty(active.Agreements);
        Assert.Equal(created.Id, Assert.Single(all.Agreements).Id);
    }

    [Fact]
    public async Task CreateAgreement_SameKeyTwice_OneAgreement()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);
        var request = new CreateAgreementRequest { IdempotencyKey = "retry-1", Agreement = Agreement() };

        var first = await client.CreateAgreementAsync(request, cancellationToken: Ct);
        var retry = await client.CreateAgreementAsync(request, cancellationToken: Ct);
        var listed = await client.ListAgreementsAsync(new ListAgreementsRequest(), cancellationToken: Ct);

        Assert.Equal(first, retry);
        Assert.Equal(first.Id, Assert.Single(listed.Agreements).Id);
    }

    [Fact]
    public async Task CreateAgreement_SameKeyOtherContent_FailedPrecondition()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);
        await client.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = "retry-2", Agreement = Agreement() }, cancellationToken: Ct);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.CreateAgreementAsync(
            new CreateAgreementRequest { IdempotencyKey = "retry-2", Agreement = Agreement("2026/2027") }, cancellationToken: Ct));
        var listed = await client.ListAgreementsAsync(new ListAgreementsRequest(), cancellationToken: Ct);

        Assert.Equal(StatusCode.FailedPrecondition, ex.StatusCode);
        Assert.Single(listed.Agreements);
    }

    [Fact]
    public async Task CreateNomination_SameKeyTwice_OneNomination()
    {
        await using var gateway = await StartAsync();
        var client = new NominationService.NominationServiceClient(gateway.Authorized);
        var request = new CreateNominationRequest { IdempotencyKey = "n-retry", Nomination = Nomination() };

        var first = await client.CreateNominationAsync(request, cancellationToken: Ct);
        var retry = await client.CreateNominationAsync(request, cancellationToken: Ct);
        var listed = await client.ListNominationsAsync(new ListNominationsRequest(), cancellationToken: Ct);

        Assert.Equal(first, retry);
        Assert.Equal(first.Id, Assert.Single(listed.Nominations).Id);
    }

    [Fact]
    public async Task UpdateAgreement_TwoUpdatesAtSameVersion_OneOkOneAborted()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);
        var created = await client.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = "c-1", Agreement = Agreement() }, cancellationToken: Ct);
        var change = Agreement("2026/2027");
        change.Id = created.Id;

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            try
            {
                await client.UpdateAgreementAsync(new UpdateAgreementRequest { ExpectedVersion = 1, Agreement = change }, cancellationToken: Ct);
                return (StatusCode.OK, "");
            }
            catch (RpcException ex)
            {
                return (ex.StatusCode, ex.Status.Detail);
            }
        }));

        Assert.Equal([StatusCode.OK, StatusCode.Aborted], outcomes.Select(o => o.Item1).Order());
        Assert.Contains("current version 2", outcomes.Single(o => o.Item1 == StatusCode.Aborted).Item2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAgreement_UnknownId_NotFound()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.GetAgreementAsync(new GetAgreementRequest { Id = "no-such-id" }, cancellationToken: Ct));

        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    [Fact]
    public async Task CreateNomination_BadEmail_InvalidArgumentWithBadRequestInTrailer()
    {
        await using var gateway = await StartAsync();
        var client = new NominationService.NominationServiceClient(gateway.Authorized);
        var nomination = Nomination();
        nomination.Student.Email = "not-an-address";

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await client.CreateNominationAsync(
            new CreateNominationRequest { IdempotencyKey = "bad-1", Nomination = nomination }, cancellationToken: Ct));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        var status = Google.Rpc.Status.Parser.ParseFrom(ex.Trailers.GetValueBytes("grpc-status-details-bin"));
        var badRequest = Assert.Single(status.Details).Unpack<BadRequest>();
        Assert.Equal("nomination.student.email", Assert.Single(badRequest.FieldViolations).Field);
    }

    [Fact]
    public async Task CreateAgreement_WithPartner_OneOutboxRowForThatPartner()
    {
        await using var gateway = await StartAsync();
        var client = new AgreementService.AgreementServiceClient(gateway.Authorized);

        var created = await client.CreateAgreementAsync(new CreateAgreementRequest { IdempotencyKey = "o-1", Agreement = Agreement() }, cancellationToken: Ct);

        await using var db = gateway.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        var row = Assert.Single(await db.Outbox.AsNoTracking().Where(o => o.ObjectId == created.Id).ToListAsync(Ct));
        Assert.Equal((Partner, OutboxKind.IiaCnr, OutboxStatus.Pending), (row.PartnerHeiId, row.Kind, row.Status));
    }

    /// <summary>The agreement without what the gateway sets (id, version, provenance, timestamps, hash, approvals).</summary>
    private protected static Agreement Content(Agreement agreement)
    {
        var content = agreement.Clone();
        content.Id = "";
        content.Version = 0;
        content.Provenance = null;
        content.CreatedAt = null;
        content.UpdatedAt = null;
        content.IiaHash = "";
        content.Approvals.Clear();
        return content;
    }
}
