using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using static EwpGateway.IntegrationTests.Features.Sync.SyncEngineHarness;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>The inbox processor and the reconciler against a fake source; run on each provider.</summary>
public abstract class SyncEngineTests
{
    private protected abstract DatabaseProvider Provider { get; }

    private protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    private protected abstract Task<string> CreateDatabaseAsync(CancellationToken ct);

    [Fact]
    public async Task ProcessAsync_DueNotification_FetchedInBatchesOfMaxIdsAndDone()
    {
        var sync = await NewAsync();
        await sync.Inbox.RecordAsync(InboxKind.IiaCnr, [PartnerA], "key", ["1", "2", "3", "4", "5"], Ct);
        sync.Time.Advance(TimeSpan.FromSeconds(3));

        var leased = await sync.NewProcessor().ProcessAsync(Ct);

        Assert.Equal(5, leased);
        Assert.Equal(3, sync.Source.Fetches.Count);
        Assert.All(sync.Source.Fetches, f => Assert.True(f.Hei == PartnerA && f.Ids.Length <= 2));
        Assert.Equal(["1", "2", "3", "4", "5"], sync.Source.Fetches.SelectMany(f => f.Ids).Order());
        Assert.All(await InboxAsync(sync), m => Assert.Equal((InboxStatus.Done, null, 1), (m.Status, m.LeaseOwner, m.Attempts)));
    }

    [Fact]
    public async Task ProcessAsync_WithinDebounce_NotFetchedYet()
    {
        var sync = await NewAsync();
        await sync.Inbox.RecordAsync(InboxKind.IiaCnr, [PartnerA], "key", ["1"], Ct);
        sync.Time.Advance(TimeSpan.FromSeconds(1));

        var leased = await sync.NewProcessor().ProcessAsync(Ct);

        Assert.Equal(0, leased);
        Assert.Empty(sync.Source.Fetches);
        Assert.Equal(InboxStatus.Pending, Assert.Single(await InboxAsync(sync)).Status);
    }

    [Fact]
    public async Task ProcessAsync_DuplicateStorm_OneFetch()
    {
        var sync = await NewAsync();
        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => sync.Inbox.RecordAsync(InboxKind.IiaCnr, [PartnerA], "key", ["storm"], Ct)));
        sync.Time.Advance(TimeSpan.FromSeconds(3));

        await sync.NewProcessor().ProcessAsync(Ct);

        var fetch = Assert.Single(sync.Source.Fetches);
        Assert.Equal(["storm"], fetch.Ids);
        var row = Assert.Single(await InboxAsync(sync));
        Assert.Equal((InboxStatus.Done, 20), (row.Status, row.ReceivedCount));
    }

    [Fact]
    public async Task ProcessAsync_SourceKeepsFailing_RetriedWithBackoffThenFailedAndVisible()
    {
        var sync = await NewAsync();
        sync.Source.Failing[PartnerA] = "partner down";
        await sync.Inbox.RecordAsync(InboxKind.IiaCnr, [PartnerA], "key", ["1"], Ct);
        sync.Time.Advance(TimeSpan.FromSeconds(3));
        var processor = sync.NewProcessor();

        await processor.ProcessAsync(Ct);
        var afterFirst = Assert.Single(await InboxAsync(sync));
        var tooEarly = await processor.ProcessAsync(Ct);
        sync.Time.Advance(TimeSpan.FromMinutes(1));
        await processor.ProcessAsync(Ct);
        sync.Time.Advance(TimeSpan.FromMinutes(2));
        await processor.ProcessAsync(Ct);

        Assert.Equal((InboxStatus.Pending, 1), (afterFirst.Status, afterFirst.Attempts));
        Assert.Equal(sync.Time.GetUtcNow() - TimeSpan.FromMinutes(3) + TimeSpan.FromMinutes(1), afterFirst.NextAttemptAt);
        Assert.Equal(0, tooEarly);
        Assert.Equal(3, sync.Source.Fetches.Count);
        var failed = Assert.Single(await InboxAsync(sync));
        Assert.Equal((InboxStatus.Failed, 3, null), (failed.Status, failed.Attempts, failed.LeaseOwner));
        Assert.Contains("partner down", failed.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProcessAsync_NotifierCoversTwoHeis_FetchedFromEachThatImplementsTheApi()
    {
        var sync = await NewAsync();
        await sync.Inbox.RecordAsync(InboxKind.IiaCnr, [PartnerA, PartnerB, PartnerC], "key", ["x"], Ct);
        sync.Time.Advance(TimeSpan.FromSeconds(3));

        await sync.NewProcessor().ProcessAsync(Ct);

        Assert.Equal([PartnerA, PartnerB], sync.Source.Fetches.Select(f => f.Hei).Order());
        Assert.Equal(InboxStatus.Done, Assert.Single(await InboxAsync(sync)).Status);
    }

    [Fact]
    public async Task ProcessAsync_NotifierImplementsNothing_AttemptCountedWithReason()
    {
        var sync = await NewAsync();
        await sync.Inbox.RecordAsync(InboxKind.IiaCnr, [PartnerC], "key", ["x"], Ct);
        sync.Time.Advance(TimeSpan.FromSeconds(3));

        await sync.NewProcessor().ProcessAsync(Ct);

        Assert.Empty(sync.Source.Fetches);
        var row = Assert.Single(await InboxAsync(sync));
        Assert.Equal((InboxStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.Contains("implements fake-objects", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunDueAsync_FirstRun_FullListingFetchedInBatchesWithdrawnAndRecorded()
    {
        var sync = await NewAsync();
        sync.Source.Listed[PartnerA] = ["1", "2", "3"];
        var started = sync.Time.GetUtcNow();

        var runs = await sync.NewReconciler().RunDueAsync(Ct);

        Assert.Equal(2, runs);
        Assert.All(sync.Source.Lists, l => Assert.Null(l.Since));
        Assert.Equal([["1", "2"], ["3"]], sync.Source.Fetches.Where(f => f.Hei == PartnerA).Select(f => f.Ids).OrderBy(i => i.Length).Reverse());
        Assert.Equal(["1", "2", "3"], Assert.Single(sync.Source.Withdrawals, w => w.Hei == PartnerA).Ids);
        var state = await StateAsync(sync, PartnerA);
        Assert.Equal((3, 3, 0, 1, 0, null), (state.LastListed, state.LastStored, state.LastRejected, state.LastWithdrawn, state.ConsecutiveFailures, state.LastError));
        Assert.Equal((started, started, started, "1.0.0", (string?)null), (state.ReconciledFrom, state.LastSuccessAt, state.LastAttemptAt, state.ApiVersion, state.LeaseOwner));
        Assert.DoesNotContain(sync.Source.Lists, l => l.Hei == PartnerC || l.Hei == Home);
    }

    [Fact]
    public async Task RunDueAsync_NextRun_OnlyWhenDueAndAsksChangesSinceLastStartMinusMargin()
    {
        var sync = await NewAsync();
        var reconciler = sync.NewReconciler();
        var first = sync.Time.GetUtcNow();
        await reconciler.RunDueAsync(Ct);

        sync.Time.Advance(TimeSpan.FromMinutes(10));
        var notDue = await reconciler.RunDueAsync(Ct);
        sync.Time.Advance(TimeSpan.FromMinutes(21));
        var due = await reconciler.RunDueAsync(Ct);

        Assert.Equal((0, 2), (notDue, due));
        Assert.Equal([null, null, first - TimeSpan.FromMinutes(5), first - TimeSpan.FromMinutes(5)], sync.Source.Lists.Select(l => l.Since));
        Assert.Equal(2, sync.Source.Withdrawals.Count);
    }

    [Fact]
    public async Task RunDueAsync_PartnerFails_RecordedOthersStillSynced()
    {
        var sync = await NewAsync();
        sync.Source.Failing[PartnerA] = "index broken";
        sync.Source.Listed[PartnerB] = ["b1"];

        await sync.NewReconciler().RunDueAsync(Ct);

        var failed = await StateAsync(sync, PartnerA);
        var ok = await StateAsync(sync, PartnerB);
        Assert.Equal((1, null, null), (failed.ConsecutiveFailures, failed.ReconciledFrom, failed.LeaseOwner));
        Assert.Contains("index broken", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(sync.Time.GetUtcNow(), failed.LastFailureAt);
        Assert.Equal((1, 0), (ok.LastStored, ok.ConsecutiveFailures));
    }

    [Fact]
    public async Task RequestResyncAsync_AfterARun_NextRunListsEverythingAtOnce()
    {
        var sync = await NewAsync();
        var reconciler = sync.NewReconciler();
        await reconciler.RunDueAsync(Ct);
        sync.Time.Advance(TimeSpan.FromMinutes(1));

        await reconciler.RequestResyncAsync(PartnerA, Ct);
        var runs = await reconciler.RunDueAsync(Ct);

        Assert.Equal(1, runs);
        Assert.Equal((PartnerA, (DateTimeOffset?)null), sync.Source.Lists.Last());
        Assert.False((await StateAsync(sync, PartnerA)).FullSyncRequested);
    }

    [Fact]
    public async Task TryLeaseAsync_HeldByAnotherInstance_NotLeasedUntilItExpires()
    {
        var sync = await NewAsync();
        var first = sync.NewStates();
        var second = sync.NewStates();

        var held = await first.TryLeaseAsync(PartnerA, "iias", onlyIfDue: false, Ct);
        var refused = await second.TryLeaseAsync(PartnerA, "iias", onlyIfDue: false, Ct);
        sync.Time.Advance(sync.Options.LeaseDuration + TimeSpan.FromSeconds(1));
        var takenOver = await second.TryLeaseAsync(PartnerA, "iias", onlyIfDue: false, Ct);

        Assert.NotNull(held);
        Assert.Null(refused);
        Assert.NotNull(takenOver);
    }

    private protected async Task<SyncEngineHarness> NewAsync() => await SyncEngineHarness.CreateAsync(Provider, await CreateDatabaseAsync(Ct), Ct);

    private protected static async Task<List<InboxMessage>> InboxAsync(SyncEngineHarness sync)
    {
        await using var db = sync.Factory.CreateDbContext();
        return await db.Inbox.AsNoTracking().ToListAsync(Ct);
    }

    private static async Task<SyncState> StateAsync(SyncEngineHarness sync, string hei)
    {
        await using var db = sync.Factory.CreateDbContext();
        return await db.SyncStates.AsNoTracking().SingleAsync(s => s.PartnerHeiId == hei && s.Api == FakeObjectSource.ApiName, Ct);
    }
}
