using EwpGateway.Features.Iias;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>The IIA approval flow with a simulated partner: our approval of their copy, and theirs of ours.</summary>
public sealed class SimulatedIiaApprovalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PartnerCopy_MatchesOurAgreement_ApprovedSnapshotKeptApprovalCnrQueuedAndServed()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        await CreateOursAsync(host, "our-1", "p-1");
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1", ourIiaId: "our-1"));

        await partner.SendCnrAsync(SimCnrKind.Iia, "p-1", 1, Ct);
        await host.DrainInboxAsync(Ct);

        var copy = Assert.Single(await host.PartnerCopiesAsync(Ct));
        Assert.True(copy.HashMismatch is null, copy.HashMismatch);
        Assert.NotNull(copy.HashComparedAt);
        var approval = Assert.Single(copy.Approvals);
        Assert.Equal((SimulatedSyncHost.Home, copy.IiaHash), (approval.HeiId, approval.IiaHash));
        var snapshot = await host.QueryAsync(db => db.PayloadSnapshots.SingleAsync(Ct));
        Assert.Equal(("approved", copy.IiaHash, "p-1", copy.Id, "7.0.0"), (snapshot.Reason, snapshot.IiaHash, snapshot.ObjectId, snapshot.AggregateId, snapshot.EwpVersion));
        Assert.Equal(copy.Provenance.RawPayload, snapshot.Payload);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(snapshot.Payload)), snapshot.PayloadSha256);
        var outbox = await host.QueryAsync(db => db.Outbox.SingleAsync(Ct));
        Assert.Equal((partner.HeiId, OutboxKind.IiaApprovalCnr), (outbox.PartnerHeiId, outbox.Kind));
        var served = await host.Services.GetRequiredService<AgreementQueries>().PartnerCopiesAsync([partner.HeiId], SimulatedSyncHost.Home, ["p-1"], Ct);
        Assert.Contains(Assert.Single(served).Approvals, a => a.HeiId == SimulatedSyncHost.Home && a.IiaHash == served[0].IiaHash);

        // Fetched again unchanged: no new approval, snapshot or change.
        await host.ReconcileAsync(Ct);
        Assert.Equal(copy.Version, Assert.Single(await host.PartnerCopiesAsync(Ct)).Version);
        Assert.Equal(1, await host.QueryAsync(db => db.PayloadSnapshots.CountAsync(Ct)));
    }

    [Fact]
    public async Task PartnerCopy_DiffersFromOurs_MismatchExplainedNotApproved()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        await CreateOursAsync(host, "our-1", "p-1");
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1", ourIiaId: "our-1", studentsPerYear: 9));

        await host.ReconcileAsync(Ct);

        var copy = Assert.Single(await host.PartnerCopiesAsync(Ct));
        Assert.Contains("mobilities-per-year", copy.HashMismatch, StringComparison.Ordinal);
        Assert.Contains("\"2\" vs \"9\"", copy.HashMismatch, StringComparison.Ordinal);
        Assert.Empty(copy.Approvals);
        Assert.Empty(await host.QueryAsync(db => db.Outbox.ToListAsync(Ct)));
        Assert.Empty(await host.QueryAsync(db => db.PayloadSnapshots.ToListAsync(Ct)));
    }

    [Fact]
    public async Task ApprovalCnr_PartnerApprovedOurCurrentHash_RecordedOnOurAgreement()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        var ours = await CreateOursAsync(host, "our-1", "p-1");
        var hash = (await ServedIiaHash.ComputeAsync(ours, SimulatedSyncHost.Home, Ct)).Hash;
        partner.Data.ApproveGatewayIia("our-1", hash);

        await partner.SendCnrAsync(SimCnrKind.IiaApproval, "our-1", 1, Ct);
        await host.DrainInboxAsync(Ct);

        var stored = await host.Services.GetRequiredService<AgreementStore>().GetAsync("our-1", Ct);
        var approval = Assert.Single(stored!.Approvals);
        Assert.Equal((partner.HeiId, hash), (approval.HeiId, approval.IiaHash));
        Assert.Empty(await host.IssuesAsync(Ct));
    }

    [Fact]
    public async Task ApprovalReconcile_PartnerApprovedAnOldHash_IssueNotRecorded()
    {
        await using var host = SimulatedSyncHost.Start();
        var partner = host.Partner;
        await CreateOursAsync(host, "our-1", "p-1");
        partner.Data.ApproveGatewayIia("our-1", new string('a', 64));

        await host.ReconcileAsync(Ct);

        var stored = await host.Services.GetRequiredService<AgreementStore>().GetAsync("our-1", Ct);
        Assert.Empty(stored!.Approvals);
        Assert.Equal(("approval-hash", "our-1"), (Assert.Single(await host.IssuesAsync(Ct)).Kind, (await host.IssuesAsync(Ct))[0].ObjectId));
    }

    /// <summary>Our agreement with the same terms as <see cref="SimData.Agreement"/> (2 students a year).</summary>
    private static async Task<Agreement> CreateOursAsync(SimulatedSyncHost host, string ourId, string partnerIiaId)
    {
        var partner = host.Partner.HeiId;
        var agreement = new Agreement
        {
            Id = ourId,
            Partners =
            [
                new AgreementPartner { HeiId = SimulatedSyncHost.Home },
                new AgreementPartner { HeiId = partner, IiaId = partnerIiaId, IiaCode = partnerIiaId.ToUpperInvariant() },
            ],
            CooperationConditions =
            [
                new CooperationCondition
                {
                    MobilityType = MobilityType.StudentStudies, SendingHeiId = partner, ReceivingHeiId = SimulatedSyncHost.Home,
                    ReceivingFirstAcademicYearId = "2025/2026", ReceivingLastAcademicYearId = "2027/2028", MobilitiesPerYear = 2,
                    TotalMonthsPerYear = 5, SubjectAreas = [new SubjectArea { IscedFCode = "0613" }],
                    EqfLevels = [new EqfLevel { Level = 6 }, new EqfLevel { Level = 7 }],
                    RecommendedLanguageSkills = [new LanguageSkill { Language = "en", CefrLevel = "B2" }],
                },
                new CooperationCondition
                {
                    MobilityType = MobilityType.StaffTeaching, SendingHeiId = SimulatedSyncHost.Home, ReceivingHeiId = partner,
                    ReceivingFirstAcademicYearId = "2025/2026", ReceivingLastAcademicYearId = "2027/2028", MobilitiesPerYear = 1,
                    TotalDaysPerYear = 7, RecommendedLanguageSkills = [new LanguageSkill { Language = "en", CefrLevel = "B2" }],
                },
            ],
        };
        var created = await host.Services.GetRequiredService<AgreementStore>().CreateAsync(agreement, null, Ct);
        await host.QueryAsync(db => db.Outbox.ExecuteDeleteAsync(Ct));
        return created;
    }
}
