using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>
/// Issue acceptance: 1,000 changes for 10 partners whose CNR receivers fail 30% of the requests (HTTP 503) are all
/// delivered, each (partner, kind, object) pending at send time exactly once, as the partners' request logs show;
/// with one instance on SQLite and with two instances sharing one PostgreSQL database.
/// </summary>
public sealed class OutboxAcceptanceTests(PostgresServer postgres) : IClassFixture<PostgresServer>
{
    private const int Partners = 10;
    private const int RowsPerPartner = 100;
    private const int ObjectsPerPartner = 70;

    [Fact]
    public async Task RunOnceAsync_ThousandChangesThirtyPercentFailures_EachPendingObjectDeliveredOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = await OutboxSimulation.StartAsync(null, Settings(batchSize: 1000), Faulty, ct);
        await sim.AddRowsAsync(Changes(sim), TimeProvider.System.GetUtcNow(), ct);

        await DrainAsync(sim, [sim.Dispatcher()], ct);

        await AssertDeliveredOnceAsync(sim, ct);
    }

    [Fact]
    public async Task RunOnceAsync_TwoInstancesOnOnePostgres_NoObjectDeliveredTwice()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await postgres.CreateDatabaseAsync(ct);
        await using var sim = await OutboxSimulation.StartAsync(database, Settings(batchSize: 50), Faulty, ct);
        var second = sim.StartGateway("instance-2");
        await sim.AddRowsAsync(Changes(sim), TimeProvider.System.GetUtcNow(), ct);

        await DrainAsync(sim, [sim.Dispatcher(), OutboxSimulation.Dispatcher(second)], ct);

        await AssertDeliveredOnceAsync(sim, ct);
    }

    private static Dictionary<string, string?> Settings(int batchSize) => new()
    {
        ["BatchSize"] = batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["MaxParallelPartners"] = "10",
        ["BaseDelay"] = "00:00:00.001",
        ["MaxDelay"] = "00:00:00.020",
    };

    private static void Faulty(SimulatorOptions options)
    {
        options.PartnerCount = Partners;
        options.Seed = 5;
    }

    /// <summary>
    /// Per partner 100 rows over 70 objects (IIA CNRs and OMobility CNRs alternating), so 300 rows in all are pending
    /// duplicates of another; rows of all partners interleaved in creation order. Arms the 30% failures.
    /// </summary>
    private static List<(string, OutboxKind, string)> Changes(OutboxSimulation sim)
    {
        foreach (var partner in sim.Network.Partners)
        {
            partner.Faults.Add(new SimFault(SimFaultKind.ServerError) { Probability = 0.3 }, SimEndpoint.IiaCnr);
            partner.Faults.Add(new SimFault(SimFaultKind.ServerError) { Probability = 0.3 }, SimEndpoint.OmobilityCnr);
        }

        return [.. Enumerable.Range(0, RowsPerPartner).SelectMany(j => sim.Network.Partners.Select(p =>
            (p.HeiId, j % 2 == 0 ? OutboxKind.IiaCnr : OutboxKind.OmobilityCnr, $"obj-{j % ObjectsPerPartner}")))];
    }

    /// <summary>Runs the dispatchers concurrently, each pass after pass, until no row is pending.</summary>
    private static async Task DrainAsync(OutboxSimulation sim, IReadOnlyList<OutboxDispatcher> dispatchers, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(50));
        await Task.WhenAll(dispatchers.Select(async dispatcher =>
        {
            while (await sim.PendingCountAsync(timeout.Token) > 0)
            {
                if ((await dispatcher.RunOnceAsync(timeout.Token)).Leased == 0)
                {
                    // Everything left is in backoff (milliseconds here) or held by the other instance.
                    await Task.Delay(5, timeout.Token);
                }
            }
        }));
    }

    private static async Task AssertDeliveredOnceAsync(OutboxSimulation sim, CancellationToken ct)
    {
        var rows = await sim.RowsAsync(ct);
        Assert.Equal(Partners * RowsPerPartner, rows.Count);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        var delivered = rows.Where(r => r.MergedIntoId is null).ToList();
        Assert.Equal(rows.Count, delivered.Sum(r => 1 + r.MergedCount));
        var byId = rows.ToDictionary(r => r.Id);
        Assert.All(rows.Where(r => r.MergedIntoId is { } into), r =>
            Assert.Equal((r.PartnerHeiId, r.Kind, r.ObjectId), (byId[r.MergedIntoId!.Value].PartnerHeiId, byId[r.MergedIntoId.Value].Kind, byId[r.MergedIntoId.Value].ObjectId)));

        var expected = delivered.Select(r => Key(r.PartnerHeiId, r.Kind, r.ObjectId)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Partners * ObjectsPerPartner, expected.Distinct(StringComparer.Ordinal).Count());
        var requests = sim.Network.Partners.SelectMany(p => p.Requests.Snapshot().Select(r => (Partner: p.HeiId, Request: r))).ToList();
        var received = requests
            .Where(x => x.Request.Status == 200 && x.Request.Fault is null)
            .SelectMany(x => x.Request.Endpoint == SimEndpoint.IiaCnr
                ? x.Request.Parameters["iia_id"].Select(id => Key(x.Partner, OutboxKind.IiaCnr, id))
                : x.Request.Parameters["omobility_id"].Select(id => Key(x.Partner, OutboxKind.OmobilityCnr, id)))
            .Order(StringComparer.Ordinal)
            .ToList();

        // Every object pending at send time was received exactly once (no loss, no double send), despite the failures.
        Assert.Equal(expected, received);
        Assert.Contains(requests, x => x.Request.Fault == SimFaultKind.ServerError);
    }

    private static string Key(string partner, OutboxKind kind, string objectId) => $"{partner}|{kind}|{objectId}";
}
