using EwpGateway.Infrastructure.Persistence;
using EwpGateway.PartnerSimulator;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>One dispatcher pass at a time against simulated partners (SQLite), with the dispatcher's clock faked.</summary>
public sealed class OutboxDispatcherTests
{
    private const string Twente = "utwente.nl";
    private const string Itg = "itg.be";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunOnceAsync_DueIiaCnr_OneRequestWithOnlyTheIdAndRowSent()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await sim.AddRowsAsync([(Twente, OutboxKind.IiaCnr, "iia-1")], time.GetUtcNow(), Ct);

        var result = await sim.Dispatcher(time).RunOnceAsync(Ct);

        var request = Assert.Single(sim.Network[Twente].Requests.Snapshot());
        Assert.Equal((SimEndpoint.IiaCnr, 200, true), (request.Endpoint, request.Status, request.SignatureValid));
        Assert.Equal(["iia_id"], request.Parameters.Keys);
        Assert.Equal(["iia-1"], request.Parameters["iia_id"]);
        var row = Assert.Single(await sim.RowsAsync(Ct));
        Assert.Equal((OutboxStatus.Sent, 1, 0), (row.Status, row.Attempts, row.MergedCount));
        Assert.Equal(time.GetUtcNow(), row.SentAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Null(row.LeaseOwner);
        Assert.Equal(new OutboxPassResultView(1, 1, 0, 0), OutboxPassResultView.Of(result));
    }

    [Fact]
    public async Task RunOnceAsync_PendingDuplicates_OneCnrOldestSentOthersMergedIntoIt()
    {
        var settings = new Dictionary<string, string?> { ["BatchSize"] = "1" };
        await using var sim = await OutboxSimulation.StartAsync(null, settings, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var rows = await sim.AddRowsAsync(
            [(Twente, OutboxKind.IiaCnr, "iia-1"), (Twente, OutboxKind.IiaCnr, "iia-2"), (Twente, OutboxKind.IiaCnr, "iia-1"), (Twente, OutboxKind.IiaCnr, "iia-1")],
            time.GetUtcNow(), Ct);

        // Batch size 1: the pass takes the oldest due row, and with it every pending duplicate.
        var first = await sim.Dispatcher(time).RunOnceAsync(Ct);
        var second = await sim.Dispatcher(time).RunOnceAsync(Ct);

        Assert.Equal((3, 1), (first.Leased, second.Leased));
        var sent = sim.Network[Twente].Requests.Snapshot().Select(r => Assert.Single(r.Parameters["iia_id"])).ToList();
        Assert.Equal(["iia-1", "iia-2"], sent);
        var stored = (await sim.RowsAsync(Ct)).ToDictionary(r => r.Id);
        Assert.All(stored.Values, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Equal((2, (Guid?)null), (stored[rows[0].Id].MergedCount, stored[rows[0].Id].MergedIntoId));
        Assert.Equal(rows[0].Id, stored[rows[2].Id].MergedIntoId);
        Assert.Equal(rows[0].Id, stored[rows[3].Id].MergedIntoId);
        Assert.Equal((0, (Guid?)null), (stored[rows[1].Id].MergedCount, stored[rows[1].Id].MergedIntoId));
    }

    [Fact]
    public async Task RunOnceAsync_TwentyFiveOmobilityCnrs_BatchedUpToPartnersMaxIds()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, o => o.MaxIds = 10, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var ids = Enumerable.Range(1, 25).Select(i => $"om-{i:D2}").ToList();
        await sim.AddRowsAsync(ids.Select(id => (Twente, OutboxKind.OmobilityCnr, id)), time.GetUtcNow(), Ct);

        await sim.Dispatcher(time).RunOnceAsync(Ct);

        var requests = sim.Network[Twente].Requests.Snapshot();
        Assert.All(requests, r => Assert.Equal((SimEndpoint.OmobilityCnr, 200), (r.Endpoint, r.Status)));
        Assert.All(requests, r => Assert.Equal(["omobility_id"], r.Parameters.Keys));
        Assert.Equal([10, 10, 5], requests.Select(r => r.Parameters["omobility_id"].Count));
        Assert.Equal(ids, requests.SelectMany(r => r.Parameters["omobility_id"]).Order(StringComparer.Ordinal));
        Assert.All(await sim.RowsAsync(Ct), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(503)]
    public async Task RunOnceAsync_TransientStatus_RetriedAfterJitteredBackoffThenSent(int status)
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        var start = time.GetUtcNow();
        sim.Network[Twente].Faults.Add(new SimFault(SimFaultKind.ServerError) { StatusCode = status, Count = 1 }, SimEndpoint.IiaCnr);
        await sim.AddRowsAsync([(Twente, OutboxKind.IiaCnr, "iia-1")], start, Ct);

        var failed = await sim.Dispatcher(time).RunOnceAsync(Ct);
        var waiting = Assert.Single(await sim.RowsAsync(Ct));
        var early = await sim.Dispatcher(time).RunOnceAsync(Ct);
        time.Advance(TimeSpan.FromSeconds(30));
        var retried = await sim.Dispatcher(time).RunOnceAsync(Ct);

        Assert.Equal((1, 0, 1), (failed.Retried, early.Leased, retried.Sent));
        Assert.Equal((OutboxStatus.Pending, 1, (string?)null), (waiting.Status, waiting.Attempts, waiting.LeaseOwner));
        Assert.StartsWith($"HTTP {status} ", waiting.LastError, StringComparison.Ordinal);

        // Base delay 30 s, jittered into its upper half.
        Assert.InRange(waiting.NextAttemptAt, start + TimeSpan.FromSeconds(15), start + TimeSpan.FromSeconds(30));
        Assert.Equal([status, 200], sim.Network[Twente].Requests.Snapshot().Select(r => r.Status));
        var sent = Assert.Single(await sim.RowsAsync(Ct));
        Assert.Equal((OutboxStatus.Sent, 2), (sent.Status, sent.Attempts));
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(409)]
    public async Task RunOnceAsync_ClientErrorStatus_FailedAtOnceWithTheStatus(int status)
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        sim.Network[Twente].Faults.Add(new SimFault(SimFaultKind.ServerError) { StatusCode = status }, SimEndpoint.IiaCnr);
        await sim.AddRowsAsync([(Twente, OutboxKind.IiaCnr, "iia-1")], time.GetUtcNow(), Ct);

        var result = await sim.Dispatcher(time).RunOnceAsync(Ct);

        Assert.Equal(1, result.Failed);
        var row = Assert.Single(await sim.RowsAsync(Ct));
        Assert.Equal((OutboxStatus.Failed, 1, (string?)null), (row.Status, row.Attempts, row.LeaseOwner));
        Assert.StartsWith($"HTTP {status} ", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_ConnectionReset_RetriedLaterWithTheNetworkError()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        sim.Network[Twente].Faults.Add(new SimFault(SimFaultKind.ConnectionReset), SimEndpoint.IiaCnr);
        await sim.AddRowsAsync([(Twente, OutboxKind.IiaCnr, "iia-1")], time.GetUtcNow(), Ct);

        var result = await sim.Dispatcher(time).RunOnceAsync(Ct);

        Assert.Equal(1, result.Retried);
        var row = Assert.Single(await sim.RowsAsync(Ct));
        Assert.Equal((OutboxStatus.Pending, 1), (row.Status, row.Attempts));
        Assert.StartsWith(nameof(HttpRequestException), row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_PartnerWithoutTheCnrApi_NotApplicableAtOnceWithoutACall()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await sim.AddRowsAsync([("unknown.example.org", OutboxKind.OmobilityCnr, "om-1")], time.GetUtcNow(), Ct);

        var result = await sim.Dispatcher(time).RunOnceAsync(Ct);

        Assert.Equal(1, result.Failed);
        var row = Assert.Single(await sim.RowsAsync(Ct));
        Assert.Equal(OutboxStatus.NotApplicable, row.Status);
        Assert.Contains("does not implement omobility-cnr", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_StillFailingAfterTheHorizon_FailedWithLastError()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        sim.Network[Twente].Faults.Add(new SimFault(SimFaultKind.ServerError), SimEndpoint.IiaCnr);
        await sim.AddRowsAsync([(Twente, OutboxKind.IiaCnr, "iia-1")], time.GetUtcNow(), Ct);

        var first = await sim.Dispatcher(time).RunOnceAsync(Ct);
        time.Advance(TimeSpan.FromDays(3));
        var last = await sim.Dispatcher(time).RunOnceAsync(Ct);

        Assert.Equal((1, 0, 0, 1), (first.Retried, first.Failed, last.Retried, last.Failed));
        var row = Assert.Single(await sim.RowsAsync(Ct));
        Assert.Equal((OutboxStatus.Failed, 2), (row.Status, row.Attempts));
        Assert.StartsWith("HTTP 503 ", row.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_PartnerFailsTransiently_ItsOtherRowsWaitOthersPartnersStillServed()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        sim.Network[Twente].Faults.Add(new SimFault(SimFaultKind.ServerError), SimEndpoint.IiaCnr);
        await sim.AddRowsAsync(
            [(Twente, OutboxKind.IiaCnr, "iia-1"), (Twente, OutboxKind.IiaCnr, "iia-2"), (Twente, OutboxKind.IiaCnr, "iia-3"), (Itg, OutboxKind.IiaCnr, "iia-4")],
            time.GetUtcNow(), Ct);

        var result = await sim.Dispatcher(time).RunOnceAsync(Ct);

        Assert.Equal((4, 1, 1, 2), (result.Leased, result.Sent, result.Retried, result.Postponed));
        Assert.Single(sim.Network[Twente].Requests.Snapshot());
        var rows = await sim.RowsAsync(Ct);
        Assert.Equal([1, 0, 0], rows.Where(r => r.PartnerHeiId == Twente).Select(r => r.Attempts));
        Assert.All(rows.Where(r => r.PartnerHeiId == Twente), r => Assert.Equal((OutboxStatus.Pending, (string?)null), (r.Status, r.LeaseOwner)));
        Assert.Equal(OutboxStatus.Sent, rows.Single(r => r.PartnerHeiId == Itg).Status);
    }

    /// <summary>The counts of a pass that the tests compare in one go.</summary>
    private sealed record OutboxPassResultView(int Leased, int Sent, int Retried, int Failed)
    {
        public static OutboxPassResultView Of(EwpGateway.Features.Sync.OutboxPassResult r) => new(r.Leased, r.Sent, r.Retried, r.Failed);
    }
}
