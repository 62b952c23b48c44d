using EwpGateway.Features.Iias;
using EwpGateway.Features.Institutions;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.SampleData;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>The store tests; <see cref="SqliteStoreTests"/> and <see cref="PostgresStoreTests"/> run them on each provider.</summary>
public abstract partial class StoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero));
    private readonly FailAfterSaveInterceptor _failure = new();

    private protected abstract DatabaseProvider Provider { get; }

    /// <summary>A new, empty database (its connection string).</summary>
    private protected abstract Task<string> CreateDatabaseAsync(CancellationToken ct);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AgreementStore_CreateThenGet_RoundTripsEveryField()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        var agreement = DbTestData.Agreement();

        var created = await store.CreateAsync(agreement, null, Ct);
        var loaded = await store.GetAsync(created.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Equal(1, loaded.Version);
        Assert.Equal(_time.GetUtcNow(), loaded.Provenance.FirstSeen);
        Assert.Equal(DbJson.Of(agreement), DbJson.Of(loaded));
    }

    [Fact]
    public async Task NominationStore_SubmitAcceptAndGet_RoundTripsWithStatusHistory()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new NominationStore(writer);
        var nomination = DbTestData.Nomination(NominationDirection.Incoming);

        var submitted = await store.CreateAsync(nomination, null, Ct);
        var submittedJson = DbJson.Of(submitted);
        Assert.Equal(DbJson.Of(nomination), submittedJson);
        _time.Advance(TimeSpan.FromHours(1));
        var accepted = await store.AcceptAsync(submitted.Id, "Welcome", submitted.Version, Ct);
        var loaded = await store.GetAsync(submitted.Id, Ct);

        Assert.NotNull(loaded);
        Assert.Equal(DbJson.Of(nomination.Student), DbJson.Of(loaded.Student));
        Assert.Equal(NominationStatus.Accepted, loaded.Status);
        Assert.Equal("Welcome", loaded.DecisionComment);
        Assert.Equal(2, loaded.Version);
        Assert.Equal([NominationStatus.Nominated, NominationStatus.Accepted], loaded.StatusHistory.Select(h => h.Status));
        Assert.Equal(_time.GetUtcNow(), loaded.StatusHistory[1].ChangedAt);
        Assert.Equal(DbJson.Of(accepted), DbJson.Of(loaded));
        Assert.Contains("\"CurrentProposalId\":\"proposal-1\"", submittedJson, StringComparison.Ordinal);
        await Assert.ThrowsAsync<InvalidStateTransitionException>(() => store.CancelAsync(submitted.Id, null, null, Ct));
    }

    [Fact]
    public async Task NominationStore_CreateDraftThenSubmit_QueuesTheCnrOnlyOnSubmit()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new NominationStore(writer);
        var draft = DbTestData.Nomination();
        draft.Status = NominationStatus.Draft;

        var created = await store.CreateAsync(draft, null, Ct);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Empty(await db.Outbox.ToListAsync(Ct));
        }

        _time.Advance(TimeSpan.FromMinutes(5));
        var submitted = await store.SubmitAsync(created.Id, created.Version, Ct);

        Assert.Equal(NominationStatus.Nominated, submitted.Status);
        Assert.Equal([NominationStatus.Draft, NominationStatus.Nominated], submitted.StatusHistory.Select(h => h.Status));
        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal(["utwente.nl OmobilityCnr"], (await db.Outbox.ToListAsync(Ct)).Select(r => $"{r.PartnerHeiId} {r.Kind}"));
        }

        await Assert.ThrowsAsync<InvalidStateTransitionException>(() => store.SubmitAsync(created.Id, null, Ct));
    }

    [Fact]
    public async Task AgreementStore_Terminate_RecordsWhenAndWhy()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        var agreement = DbTestData.Agreement();
        agreement.TerminatedAt = null;
        agreement.TerminationReason = null;
        var created = await store.CreateAsync(agreement, null, Ct);

        var terminated = await store.TerminateAsync(created.Id, "Programme closed", created.Version, Ct);

        Assert.True(terminated.TerminatedAsAWhole);
        Assert.Equal(_time.GetUtcNow(), terminated.TerminatedAt);
        Assert.Equal("Programme closed", terminated.TerminationReason);
    }

    [Fact]
    public async Task InstitutionStore_UpsertTwice_ReplacesContentAndBumpsVersion()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new InstitutionStore(writer);
        var institution = DbTestData.Institution();

        await store.UpsertAsync(institution, null, Ct);
        var first = await store.GetAsync("utwente.nl", Ct);
        var changed = DbTestData.Institution();
        changed.Names = [new LocalizedText { Lang = "en", Text = "UT" }];
        var second = await store.UpsertAsync(changed, 1, Ct);

        Assert.Equal(DbJson.Of(institution), DbJson.Of(first));
        Assert.Equal(2, second.Version);
        Assert.Equal("UT", Assert.Single(second.Names).Text);
        Assert.Equal(2, second.OrganizationalUnits.Count);
    }

    [Fact]
    public async Task UpdateAsync_StaleVersion_ThrowsConcurrencyConflict()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        var created = await store.CreateAsync(DbTestData.Agreement(), null, Ct);
        var mine = await store.GetAsync(created.Id, Ct);
        var theirs = await store.GetAsync(created.Id, Ct);
        theirs!.InEffect = false;
        await store.UpdateAsync(theirs, theirs.Version, Ct);

        mine!.IiaHash = "mine";
        var conflict = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.UpdateAsync(mine, mine.Version, Ct));

        Assert.Equal(1, conflict.ExpectedVersion);
        Assert.Equal(2, conflict.ActualVersion);
        var stored = await store.GetAsync(created.Id, Ct);
        Assert.Equal(2, stored!.Version);
        Assert.False(stored.InEffect);
        Assert.Equal("a3f1c2", stored.IiaHash);
    }

    [Fact]
    public async Task UpdateAsync_ReplacesChildCollections()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        var created = await store.CreateAsync(DbTestData.Agreement(), null, Ct);
        var edited = await store.GetAsync(created.Id, Ct);
        edited!.CooperationConditions.RemoveAt(1);
        edited.CooperationConditions[0].EqfLevels = [new EqfLevel { Level = 8 }];

        var updated = await store.UpdateAsync(edited, 1, Ct);
        var loaded = await store.GetAsync(created.Id, Ct);

        Assert.Equal(2, updated.Version);
        Assert.Equal(8, Assert.Single(Assert.Single(loaded!.CooperationConditions).EqfLevels).Level);
        Assert.Equal(2, loaded.CooperationConditions[0].SubjectAreas.Count);
    }

    [Fact]
    public async Task CreateAsync_SameIdempotencyKeyTwice_CreatesOneAggregate()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);

        var first = await store.CreateAsync(DbTestData.Agreement(), "key-1", Ct);
        var second = await store.CreateAsync(DbTestData.Agreement(), "key-1", Ct);
        var different = DbTestData.Agreement();
        different.IiaHash = "other";

        Assert.Equal(first.Id, second.Id);
        await Assert.ThrowsAsync<IdempotencyConflictException>(() => store.CreateAsync(different, "key-1", Ct));
        await using var db = factory.CreateDbContext();
        Assert.Equal(1, await db.Agreements.CountAsync(Ct));
        Assert.Equal(1, await db.ChangeLog.CountAsync(Ct));
        Assert.Equal(1, await db.Outbox.CountAsync(Ct));
    }

    [Fact]
    public async Task Writes_AppendChangeLogWithStrictlyIncreasingSequence()
    {
        var (writer, _) = await NewDatabaseAsync();
        var agreements = new AgreementStore(writer);
        var nominations = new NominationStore(writer);
        var feed = new ChangeFeed(writer.Factory);

        var a = await agreements.CreateAsync(DbTestData.Agreement(), null, Ct);
        var n = await nominations.CreateAsync(DbTestData.Nomination(), null, Ct);
        a = await agreements.TerminateAsync(a.Id, "Programme closed", a.Version, Ct);
        await nominations.CancelAsync(n.Id, "Student withdrew", null, Ct);
        await agreements.DeleteAsync(a.Id, a.Version, Ct);

        var changes = await feed.ReadAfterAsync(0, 100, Ct);
        Assert.Equal([1L, 2, 3, 4, 5], changes.Select(c => c.Sequence));
        Assert.Equal(
            ["Agreement Created 1", "Nomination Created 1", "Agreement Updated 2", "Nomination Updated 2", "Agreement Deleted 3"],
            changes.Select(c => $"{c.AggregateType} {c.Operation} {c.Version}"));
        Assert.Equal([4L, 5], (await feed.ReadAfterAsync(3, 10, Ct)).Select(c => c.Sequence));
        Assert.Equal(5, await feed.LatestSequenceAsync(Ct));
    }

    [Fact]
    public async Task ConcurrentWrites_ChangeLogHasNoHolesAndOneRowPerWrite()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            for (var j = 0; j < 5; j++)
            {
                await store.CreateAsync(DbTestData.Agreement($"p{i}.example"), null, Ct);
            }
        }, Ct)));

        await using var db = factory.CreateDbContext();
        var sequences = await db.ChangeLog.OrderBy(c => c.Sequence).Select(c => c.Sequence).ToListAsync(Ct);
        Assert.Equal(Enumerable.Range(1, 40).Select(i => (long)i), sequences);
        Assert.Equal(40, await db.Agreements.CountAsync(Ct));
    }

    [Fact]
    public async Task Write_FailingAfterRowsWereSent_LeavesNoAggregateChangeOrOutboxRow()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        await store.CreateAsync(DbTestData.Agreement(), null, Ct);
        _failure.Armed = true;

        await Assert.ThrowsAsync<IOException>(() => store.CreateAsync(DbTestData.Agreement("itg.be", "iia-failed"), "key-failed", Ct));

        _failure.Armed = false;
        await using var db = factory.CreateDbContext();
        Assert.Null(await db.Agreements.SingleOrDefaultAsync(a => a.Id == "iia-failed", Ct));
        Assert.Equal(1, await db.ChangeLog.CountAsync(Ct));
        Assert.Equal(1, await db.Outbox.CountAsync(Ct));
        Assert.Equal(0, await db.IdempotencyRecords.CountAsync(Ct));
        Assert.Equal(0, await db.Set<Agreement>().SelectMany(a => a.CooperationConditions).CountAsync(c => c.SendingHeiId == "itg.be", Ct));
    }

    [Fact]
    public async Task Writes_QueueOneOutboxRowPerPartnerConcerned()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var agreements = new AgreementStore(writer);
        var nominations = new NominationStore(writer);
        var transcripts = new TranscriptStore(writer);

        var agreement = await agreements.CreateAsync(DbTestData.Agreement(), null, Ct);
        await agreements.ApproveAsync(agreement.Id, DbTestData.Home, "a3f1c2", 1, Ct);
        await agreements.ApproveAsync(agreement.Id, "utwente.nl", "a3f1c2", 2, Ct);
        await nominations.CreateAsync(DbTestData.Nomination(), null, Ct);
        var incoming = DbTestData.Nomination(NominationDirection.Incoming);
        incoming.Provenance = new Provenance { Source = ProvenanceSource.Partner, PartnerHeiId = "gtu.ge" };
        incoming = await nominations.CreateAsync(incoming, null, Ct);
        await nominations.RejectAsync(incoming.Id, "No places left", null, Ct);
        await transcripts.PublishAsync(DbTestData.Transcript(), null, Ct);

        await using var db = factory.CreateDbContext();
        var rows = await db.Outbox.ToListAsync(Ct);
        string[] expected = ["gtu.ge OmobilityUpdate", "gtu.ge TorCnr", "utwente.nl IiaApprovalCnr", "utwente.nl IiaCnr", "utwente.nl OmobilityCnr"];
        Assert.Equal(expected, rows.Select(r => $"{r.PartnerHeiId} {r.Kind}").Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Pending, r.Status));
        Assert.All(rows, r => Assert.Equal(0, r.Attempts));
    }

    [Fact]
    public async Task ListAsync_PagesInIdOrder_WithoutGapsOrDuplicates()
    {
        var (writer, _) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add((await store.CreateAsync(DbTestData.Agreement(i % 2 == 0 ? "utwente.nl" : "itg.be"), null, Ct)).Id);
        }

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await store.ListAsync(new AgreementFilter(), 3, token, Ct);
            Assert.True(page.Items.Count <= 3);
            seen.AddRange(page.Items.Select(a => a.Id));
            token = page.NextPageToken;
        }
        while (token is not null);

        var filtered = await store.ListAsync(new AgreementFilter(PartnerHeiId: "itg.be"), 100, null, Ct);
        Assert.Equal(ids.Order(StringComparer.Ordinal), seen);
        Assert.Equal(3, filtered.Items.Count);
        Assert.Null(filtered.NextPageToken);
        Assert.All(filtered.Items, a => Assert.Equal(2, a.CooperationConditions.Count));
    }

    [Fact]
    public async Task SampleDataSeeder_EmptyDatabase_SeedsOnceThroughTheStores()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var seeder = NewSeeder(writer);

        var first = await seeder.SeedIfEmptyAsync(Ct);
        await using var db = factory.CreateDbContext();
        var changeCount = await db.ChangeLog.CountAsync(Ct);
        var second = await seeder.SeedIfEmptyAsync(Ct);

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(changeCount, await db.ChangeLog.CountAsync(Ct));
        Assert.Equal(11, await db.Institutions.CountAsync(Ct));
        var agreements = await db.Agreements.AsNoTracking().ToListAsync(Ct);
        var gtu = Assert.Single(agreements, a => a.Partners.Any(p => p.HeiId == "gtu.ge"));
        Assert.Contains(gtu.CooperationConditions, c => c.SendingHeiId == "gtu.ge" && c.MobilitiesPerYear == 9 && c.TotalMonthsPerYear == 54);
        Assert.Equal(4, agreements.Single(a => a.Partners.Any(p => p.HeiId == "utwente.nl")).CooperationConditions.Select(c => c.MobilityType).Distinct().Count());
        var nominations = await db.Nominations.AsNoTracking().ToListAsync(Ct);
        var transcripts = await db.Transcripts.AsNoTracking().ToListAsync(Ct);
        foreach (var validator in new[] { SampleInstitutions.Validator1, SampleInstitutions.Validator2 })
        {
            Assert.Contains(agreements, a => a.Partners.Any(p => p.HeiId == validator));
            Assert.Contains(nominations, n => n.SendingHeiId == validator || n.ReceivingHeiId == validator);
            Assert.Contains(transcripts, t => t.SendingHeiId == validator);
        }
    }

    [Fact]
    public async Task SampleDataSeeder_NonEmptyDatabase_SeedsNothing()
    {
        var (writer, factory) = await NewDatabaseAsync();
        await new InstitutionStore(writer).UpsertAsync(DbTestData.Institution("example.org"), null, Ct);

        var seeded = await NewSeeder(writer).SeedIfEmptyAsync(Ct);

        await using var db = factory.CreateDbContext();
        Assert.False(seeded);
        Assert.Equal(1, await db.Institutions.CountAsync(Ct));
        Assert.Equal(0, await db.Agreements.CountAsync(Ct));
    }

    private static SampleDataSeeder NewSeeder(AggregateWriter writer) => new(
        writer.Factory, new InstitutionStore(writer), new AgreementStore(writer), new NominationStore(writer), new TranscriptStore(writer),
        NullLogger<SampleDataSeeder>.Instance);

    private async Task<(AggregateWriter Writer, GatewayDbContextFactory Factory)> NewDatabaseAsync()
    {
        var connectionString = await CreateDatabaseAsync(Ct);
        var factory = new GatewayDbContextFactory(Provider, connectionString, new IInterceptor[] { _failure });
        await new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(Ct);
        var writer = new AggregateWriter(factory, _time, Options.Create(new EwpHostOptions { HeiId = DbTestData.Home }));
        return (writer, factory);
    }
}
