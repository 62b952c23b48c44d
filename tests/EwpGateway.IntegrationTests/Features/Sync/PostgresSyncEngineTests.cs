using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using static EwpGateway.IntegrationTests.Features.Sync.SyncEngineHarness;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>The sync engine tests on PostgreSQL, plus two instances sharing one database.</summary>
public sealed class PostgresSyncEngineTests(PostgresServer server) : SyncEngineTests, IClassFixture<PostgresServer>
{
    private protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    [Fact]
    public async Task ProcessAsync_TwoInstancesAtOnce_EveryNotificationFetchedOnce()
    {
        var sync = await NewAsync();
        sync.Options.InboxBatchSize = 7;
        var ids = Enumerable.Range(1, 60).Select(i => "iia-" + i).ToList();
        await sync.Inbox.RecordAsync(InboxKind.IiaCnr, [PartnerA], "key", ids, Ct);
        sync.Time.Advance(TimeSpan.FromSeconds(3));
        var one = sync.NewProcessor(new SyncInstance());
        var two = sync.NewProcessor(new SyncInstance());

        await Task.WhenAll(DrainAsync(one), DrainAsync(two));

        Assert.Equal(ids.Order(), sync.Source.Fetches.SelectMany(f => f.Ids).Order());
        Assert.All(await InboxAsync(sync), m => Assert.Equal(InboxStatus.Done, m.Status));
    }

    private protected override Task<string> CreateDatabaseAsync(CancellationToken ct) => server.CreateDatabaseAsync(ct);

    private static async Task DrainAsync(InboxProcessor processor)
    {
        while (await processor.ProcessAsync(Ct) > 0)
        {
        }
    }
}
