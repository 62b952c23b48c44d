using System.Text;
using System.Xml.Linq;
using EwpGateway.Contracts.V1;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Features.Nominations;

/// <summary>
/// <see cref="PartnerOmobilitySource"/> against a simulated sending HEI: nominations to us listed, fetched, mapped,
/// stored with their raw payload, one change-log row per real change; run on SQLite and PostgreSQL.
/// </summary>
public abstract class PartnerOmobilitySourceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty PostgreSQL database; null to run on SQLite.</summary>
    private protected abstract Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct);

    [Fact]
    public async Task ListAndFetch_NewNominations_StoredIncomingWithCanonicalFieldsRawPayloadAndOneCreatedRowEach()
    {
        await using var env = await StartAsync();
        var a = env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-b"));
        var source = env.Source<PartnerOmobilitySource>();

        var index = await source.ListAsync(env.Partner.HeiId, null, Ct);
        var result = await source.FetchAsync(env.Partner.HeiId, index.Ids, Ct);

        Assert.Equal(["om-a", "om-b"], index.Ids.Order());
        Assert.Equal(3, index.MaxIds);
        Assert.Equal(["om-a", "om-b"], result.Stored.Order());
        Assert.Empty(result.Withdrawn);
        Assert.Empty(result.Rejected);
        var stored = (await env.AllAsync<Model.Nomination>(Ct)).Single(n => n.Provenance.PartnerObjectId == "om-a");
        Assert.Equal(Model.NominationDirection.Incoming, stored.Direction);
        Assert.Equal(Model.NominationStatus.Nominated, stored.Status);
        Assert.Equal(("Anna", "Janssen", new DateOnly(2003, 4, 5)), (stored.Student.GivenNames, stored.Student.FamilyName, stored.Student.BirthDate));
        Assert.Equal((env.Partner.HeiId, TestNetwork.GatewayHeiId, "2026/2027", "iia-1", 7, "0613"),
            (stored.SendingHeiId, stored.ReceivingHeiId, stored.ReceivingAcademicYearId, stored.IiaId, stored.EqfLevel, stored.IscedFCode));
        Assert.Equal(a.ProposalId, stored.CurrentProposalId);
        Assert.Equal((Model.ProvenanceSource.Partner, env.Partner.HeiId, "om-a", "3.0.0"),
            (stored.Provenance.Source, stored.Provenance.PartnerHeiId, stored.Provenance.PartnerObjectId, stored.Provenance.EwpVersion));
        Assert.NotEqual("om-a", stored.Id);
        var raw = XElement.Parse(Encoding.UTF8.GetString(stored.Provenance.RawPayload!));
        Assert.Equal(XName.Get("student-mobility", EwpNamespaces.OmobilitiesGetResponse), raw.Name);
        Assert.Equal("om-a", raw.Element(XName.Get("omobility-id", EwpNamespaces.OmobilitiesGetResponse))?.Value);
        var log = await env.ChangeLogAsync(Ct);
        Assert.Equal(2, log.Count);
        Assert.All(log, e => Assert.Equal((nameof(Model.Nomination), ChangeOperation.Created, 1L), (e.AggregateType, e.Operation, e.Version)));
        Assert.Equal(0, await env.OutboxCountAsync(Ct));
    }

    [Fact]
    public async Task Fetch_SamePayloadAgain_NoChangeLogRowAndLastSeenKept()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        var source = env.Source<PartnerOmobilitySource>();
        await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);
        var first = Assert.Single(await env.AllAsync<Model.Nomination>(Ct));

        var again = await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);

        Assert.Equal(["om-a"], again.Stored);
        var second = Assert.Single(await env.AllAsync<Model.Nomination>(Ct));
        Assert.Equal(1L, second.Version);
        Assert.True(second.Provenance.LastSeen >= first.Provenance.LastSeen);
        Assert.Single(await env.ChangeLogAsync(Ct));
    }

    [Fact]
    public async Task Fetch_PartnerChangedNomination_OneUpdatedRow()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        var source = env.Source<PartnerOmobilitySource>();
        await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);
        var changed = env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a") with { FamilyName = "Jansen-de Vries" });

        await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);

        var stored = Assert.Single(await env.AllAsync<Model.Nomination>(Ct));
        Assert.Equal(("Jansen-de Vries", 2L, changed.ProposalId), (stored.Student.FamilyName, stored.Version, stored.CurrentProposalId));
        Assert.Equal([ChangeOperation.Created, ChangeOperation.Updated], (await env.ChangeLogAsync(Ct)).Select(e => e.Operation));
    }

    [Fact]
    public async Task Fetch_IdNoLongerReturned_MarkedWithdrawnKeptWithOneRow()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        var source = env.Source<PartnerOmobilitySource>();
        await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);
        env.Partner.Data.Nominations.Remove("om-a");

        var result = await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);
        await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);

        Assert.Equal(["om-a"], result.Withdrawn);
        var stored = Assert.Single(await env.AllAsync<Model.Nomination>(Ct));
        Assert.NotNull(stored.Provenance.WithdrawnAt);
        Assert.Equal(2L, stored.Version);
        Assert.Equal([ChangeOperation.Created, ChangeOperation.Updated], (await env.ChangeLogAsync(Ct)).Select(e => e.Operation));
    }

    [Fact]
    public async Task WithdrawMissing_FullListingLacksOne_OnlyThatOneWithdrawn()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-b"));
        var source = env.Source<PartnerOmobilitySource>();
        await source.FetchAsync(env.Partner.HeiId, ["om-a", "om-b"], Ct);
        env.Partner.Data.Nominations.Remove("om-b");

        var index = await source.ListAsync(env.Partner.HeiId, null, Ct);
        var marked = await source.WithdrawMissingAsync(env.Partner.HeiId, [.. index.Ids], Ct);

        Assert.Equal(1, marked);
        var all = await env.AllAsync<Model.Nomination>(Ct);
        Assert.Null(all.Single(n => n.Provenance.PartnerObjectId == "om-a").Provenance.WithdrawnAt);
        Assert.NotNull(all.Single(n => n.Provenance.PartnerObjectId == "om-b").Provenance.WithdrawnAt);
    }

    [Theory]
    [InlineData(SimFaultKind.MalformedXml, "malformed-xml")]
    [InlineData(SimFaultKind.SchemaViolation, "schema")]
    [InlineData(SimFaultKind.MissingRequiredElement, "missing-element")]
    public async Task Fetch_UnusableAnswer_CallFailsNothingStoredCountedThenResolvedWhenHealthy(SimFaultKind fault, string kind)
    {
        await using var env = await StartAsync();
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        env.Partner.Faults.Add(new SimFault(fault), SimEndpoint.OmobilitiesGet);
        var source = env.Source<PartnerOmobilitySource>();

        // The whole answer is unusable (cut, invalid around its items, or its item lacks the id): a failed call, not "om-a rejected".
        await Assert.ThrowsAsync<PartnerPayloadException>(() => source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct));
        await Assert.ThrowsAsync<PartnerPayloadException>(() => source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct));

        Assert.Empty(await env.AllAsync<Model.Nomination>(Ct));
        Assert.Empty(await env.ChangeLogAsync(Ct));
        var issue = Assert.Single(await env.IssuesAsync(Ct));
        Assert.Equal((env.Partner.HeiId, "omobilities", kind, "om-a", 2), (issue.PartnerHeiId, issue.Api, issue.Kind, issue.ObjectId, issue.Count));

        env.Partner.Faults.Clear();
        var healthy = await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);

        Assert.Equal(["om-a"], healthy.Stored);
        Assert.NotNull(Assert.Single(await env.IssuesAsync(Ct)).ResolvedAt);
    }

    [Fact]
    public async Task Fetch_OurDecisionTaken_SurvivesRefetchUntilThePartnerCancels()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        var source = env.Source<PartnerOmobilitySource>();
        await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);
        var id = Assert.Single(await env.AllAsync<Model.Nomination>(Ct)).Id;
        await env.Service<NominationStore>().AcceptAsync(id, "Welcome", null, Ct);
        var rowsAfterDecision = (await env.ChangeLogAsync(Ct)).Count;

        await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);

        var kept = Assert.Single(await env.AllAsync<Model.Nomination>(Ct));
        Assert.Equal((Model.NominationStatus.Accepted, "Welcome"), (kept.Status, kept.DecisionComment));
        Assert.Equal([Model.NominationStatus.Nominated, Model.NominationStatus.Accepted], kept.StatusHistory.Select(h => h.Status));
        Assert.Equal(rowsAfterDecision, (await env.ChangeLogAsync(Ct)).Count);

        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a") with { Status = SimNominationStatus.Cancelled });
        await source.FetchAsync(env.Partner.HeiId, ["om-a"], Ct);

        var cancelled = Assert.Single(await env.AllAsync<Model.Nomination>(Ct));
        Assert.Equal(Model.NominationStatus.Cancelled, cancelled.Status);
        Assert.Equal([Model.NominationStatus.Nominated, Model.NominationStatus.Accepted, Model.NominationStatus.Cancelled], cancelled.StatusHistory.Select(h => h.Status));
    }

    [Fact]
    public async Task List_ModifiedSince_SentWithoutHeiParameters()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        var source = env.Source<PartnerOmobilitySource>();

        var recent = await source.ListAsync(env.Partner.HeiId, TimeProvider.System.GetUtcNow().AddHours(-1), Ct);
        var future = await source.ListAsync(env.Partner.HeiId, TimeProvider.System.GetUtcNow().AddDays(1), Ct);

        Assert.Equal(["om-a"], recent.Ids);
        Assert.Empty(future.Ids);
        var request = env.Partner.Requests.Snapshot().First(r => r.Endpoint == SimEndpoint.OmobilitiesIndex);
        Assert.Equal(["modified_since"], request.Parameters.Keys);
    }

    [Fact]
    public async Task Fetch_NewNomination_EmittedByWatchChanges()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Nominations.Upsert(Nomination(env, "om-a"));
        await env.Source<PartnerOmobilitySource>().FetchAsync(env.Partner.HeiId, ["om-a"], Ct);
        var id = Assert.Single(await env.AllAsync<Model.Nomination>(Ct)).Id;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(1));

        using var call = new SyncService.SyncServiceClient(env.Gateway.Authorized).WatchChanges(
            new WatchChangesRequest { Types_ = { AggregateType.Nomination } }, cancellationToken: timeout.Token);

        Assert.True(await call.ResponseStream.MoveNext(timeout.Token));
        var change = call.ResponseStream.Current;
        Assert.Equal((AggregateType.Nomination, id, Operation.Created, 1L), (change.Type, change.Id, change.Op, change.Version));
    }

    private async Task<SimulatedPartnerGateway> StartAsync() =>
        await SimulatedPartnerGateway.StartAsync(await CreatePostgresDatabaseAsync(Ct), null, Ct);

    private static SimNomination Nomination(SimulatedPartnerGateway env, string id) => new()
    {
        OmobilityId = id,
        GivenNames = "Anna",
        FamilyName = "Janssen",
        BirthDate = new DateOnly(2003, 4, 5),
        SendingHeiId = env.Partner.HeiId,
        ReceivingHeiId = TestNetwork.GatewayHeiId,
        ReceivingAcademicYearId = "2026/2027",
        IiaId = "iia-1",
        IscedCode = "0613",
        EqfLevel = 7,
    };
}
