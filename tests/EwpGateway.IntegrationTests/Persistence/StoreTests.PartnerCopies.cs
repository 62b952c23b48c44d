using EwpGateway.Features.Iias;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>Partners' IIA copies stored a <c>get</c> batch at a time: one transaction, one change per real change.</summary>
public abstract partial class StoreTests
{
    [Fact]
    public async Task SavePartnerCopies_NewChangedAndUnchangedInOneBatch_OneChangeLogRowPerRealChange()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 4), PartnerCopy("p-2", 4)], Ct);

        var saved = await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 4), PartnerCopy("p-2", 9), PartnerCopy("p-3", 4)], Ct);

        Assert.Equal([false, true, true], saved.Select(s => s.Changed));
        await using var db = factory.CreateDbContext();
        var copies = await db.Agreements.AsNoTracking().AsAggregate().OrderBy(a => a.Provenance.PartnerObjectId).ToListAsync(Ct);
        Assert.Equal(["p-1", "p-2", "p-3"], copies.Select(c => c.Provenance.PartnerObjectId));
        Assert.Equal([1L, 2L, 1L], copies.Select(c => c.Version));
        Assert.Equal(9, copies[1].CooperationConditions[0].MobilitiesPerYear);
        var log = await db.ChangeLog.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync(Ct);
        Assert.Equal(
            [(1L, copies[0].Id, 1L), (2L, copies[1].Id, 1L), (3L, copies[1].Id, 2L), (4L, copies[2].Id, 1L)],
            log.Select(e => (e.Sequence, e.AggregateId, e.Version)));
    }

    [Fact]
    public async Task SavePartnerCopies_OnlyNewCopies_StoredWholeAndTheNextContextStillDetectsChanges()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);

        await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 4), PartnerCopy("p-2", 5)], Ct);

        await using (var db = factory.CreateDbContext())
        {
            Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
            var copies = await db.Agreements.AsNoTracking().AsAggregate().OrderBy(a => a.Provenance.PartnerObjectId).ToListAsync(Ct);
            var expected = DbTestData.Agreement();
            Assert.Equal([4, 5], copies.Select(c => c.CooperationConditions[0].MobilitiesPerYear));
            Assert.All(copies, c => Assert.Equal(
                (expected.Partners.Count, expected.CooperationConditions.Count, expected.CooperationConditions[0].SubjectAreas.Count, expected.Contacts.Count),
                (c.Partners.Count, c.CooperationConditions.Count, c.CooperationConditions[0].SubjectAreas.Count, c.Contacts.Count)));
        }

        // A later change to a stored copy is still seen (the context pool hands out contexts that detect changes).
        await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 8)], Ct);
        await using var check = factory.CreateDbContext();
        var changed = await check.Agreements.AsNoTracking().AsAggregate().SingleAsync(a => a.Provenance.PartnerObjectId == "p-1", Ct);
        Assert.Equal((2L, 8), (changed.Version, changed.CooperationConditions[0].MobilitiesPerYear));
    }

    [Fact]
    public async Task SavePartnerCopies_NewCopies_ReadBackAsACopyStoredAloneAndLaterInsertsStillWork()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        await store.SavePartnerCopyAsync(PartnerCopy("p-0", 4), Ct);

        // The batch's new copies are inserted without EF's tracking: they must read back as EF stores one.
        await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 4), PartnerCopy("p-2", 4)], Ct);
        await store.SavePartnerCopyAsync(PartnerCopy("p-3", 4), Ct);
        await store.SavePartnerCopiesAsync([PartnerCopy("p-4", 4), PartnerCopy("p-1", 6)], Ct);

        await using var db = factory.CreateDbContext();
        var copies = await db.Agreements.AsNoTracking().AsAggregate().OrderBy(a => a.Provenance.PartnerObjectId).ToListAsync(Ct);
        Assert.Equal(["p-0", "p-1", "p-2", "p-3", "p-4"], copies.Select(c => c.Provenance.PartnerObjectId));
        Assert.Equal([1L, 2L, 1L, 1L, 1L], copies.Select(c => c.Version));
        Assert.Equal(6, copies[1].CooperationConditions[0].MobilitiesPerYear);
        var alone = Comparable(copies[0]);
        Assert.All([copies[2], copies[3], copies[4]], c => Assert.Equal(alone, Comparable(c)));
        Assert.Equal(
            [ChangeOperation.Created, ChangeOperation.Created, ChangeOperation.Created, ChangeOperation.Created, ChangeOperation.Created, ChangeOperation.Updated],
            await db.ChangeLog.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.Operation).ToListAsync(Ct));
    }

    [Fact]
    public async Task SavePartnerCopies_UpdatedTwice_ReadsBackInTheOrderItWasGiven()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 4)], Ct);

        // Replaced once alone and once in a batch with new copies (written without EF): its partners (the first is the responding institution), conditions
        // and contacts must keep the order they were given in, as a copy stored once with the same content has them.
        await store.SavePartnerCopyAsync(PartnerCopy("p-1", 6), Ct);
        await store.SavePartnerCopiesAsync([PartnerCopy("p-0", 5), PartnerCopy("p-1", 7), PartnerCopy("p-3", 5)], Ct);
        await store.SavePartnerCopiesAsync([PartnerCopy("p-2", 7)], Ct);

        await using var db = factory.CreateDbContext();
        var copies = await db.Agreements.AsNoTracking().AsAggregate().OrderBy(a => a.Provenance.PartnerObjectId).ToListAsync(Ct);
        Assert.Equal(["p-0", "p-1", "p-2", "p-3"], copies.Select(c => c.Provenance.PartnerObjectId));
        Assert.Equal([1L, 3L, 1L, 1L], copies.Select(c => c.Version));
        Assert.Equal(DbTestData.Agreement().Partners.Select(p => p.HeiId), copies[1].Partners.Select(p => p.HeiId));
        Assert.Equal(Comparable(copies[2]), Comparable(copies[1]));
    }

    [Fact]
    public async Task SavePartnerCopies_WriteFailsAfterTheRows_NothingOfTheBatchRemains()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 4)], Ct);
        _failure.Armed = true;

        await Assert.ThrowsAsync<IOException>(() => store.SavePartnerCopiesAsync([PartnerCopy("p-1", 7), PartnerCopy("p-2", 4), PartnerCopy("p-3", 4)], Ct));

        _failure.Armed = false;
        await using var db = factory.CreateDbContext();
        var copy = await db.Agreements.AsNoTracking().AsAggregate().SingleAsync(Ct);
        Assert.Equal(("p-1", 1L, 4), (copy.Provenance.PartnerObjectId, copy.Version, copy.CooperationConditions[0].MobilitiesPerYear));
        Assert.Equal(1, await db.ChangeLog.CountAsync(Ct));
    }

    [Fact]
    public async Task SavePartnerCopies_SameIdTwiceInOneBatch_StoredOnceAsTheLaterOne()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);

        var saved = await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 4), PartnerCopy("p-1", 5)], Ct);

        Assert.Same(saved[0].Copy, saved[1].Copy);
        await using var db = factory.CreateDbContext();
        Assert.True(db.ChangeTracker.AutoDetectChangesEnabled);
        var copy = await db.Agreements.AsNoTracking().AsAggregate().SingleAsync(Ct);
        Assert.Equal(5, copy.CooperationConditions[0].MobilitiesPerYear);
    }

    [Fact]
    public async Task WithdrawPartnerCopiesExcept_FortyThousandListedIds_OnlyTheUnlistedWithdrawn()
    {
        var (writer, factory) = await NewDatabaseAsync();
        var store = new AgreementStore(writer);
        await store.SavePartnerCopiesAsync([PartnerCopy("p-1", 4), PartnerCopy("p-2", 4)], Ct);
        var listed = Enumerable.Range(2, 40_000).Select(i => $"p-{i}").ToList();

        var withdrawn = await store.WithdrawPartnerCopiesExceptAsync("utwente.nl", listed, Ct);

        Assert.Equal(1, withdrawn);
        await using var db = factory.CreateDbContext();
        var copies = await db.Agreements.AsNoTracking().OrderBy(a => a.Provenance.PartnerObjectId).ToListAsync(Ct);
        Assert.Equal([true, false], copies.Select(c => c.Provenance.WithdrawnAt is not null));
    }

    /// <summary>The stored copy as JSON, without what differs between copies (ids, times, payload).</summary>
    private static string Comparable(Agreement copy)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(DbJson.Of(copy))!.AsObject();
        json.Remove("Id");
        json.Remove("Provenance");
        json.Remove("Version");
        return json.ToJsonString();
    }

    /// <summary>A copy of utwente.nl's IIA <paramref name="theirId"/>, whose payload changes with <paramref name="mobilities"/>.</summary>
    private static Agreement PartnerCopy(string theirId, int mobilities)
    {
        var copy = DbTestData.Agreement();
        copy.CooperationConditions[0].MobilitiesPerYear = mobilities;
        copy.Provenance = new Provenance
        {
            Source = ProvenanceSource.Partner,
            PartnerHeiId = "utwente.nl",
            PartnerObjectId = theirId,
            EwpVersion = "7.0.0",
            RawPayload = System.Text.Encoding.UTF8.GetBytes($"<iia id='{theirId}' mobilities='{mobilities}'/>"),
        };
        return copy;
    }
}
