using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.PartnerSimulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>What the dashboard reads from the outbox, and rows queued while a send is in flight.</summary>
public sealed class OutboxQueriesTests
{
    private const string Twente = "utwente.nl";
    private const string Itg = "itg.be";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ByPartnerAsync_PendingFailedAndSentRows_DepthOldestFailedAndLastErrorPerPartner()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        sim.Network[Twente].Faults.Add(new SimFault(SimFaultKind.ServerError) { StatusCode = 400 }, SimEndpoint.IiaCnr);
        sim.Network[Twente].Faults.Add(new SimFault(SimFaultKind.ServerError), SimEndpoint.OmobilityCnr);
        var rows = await sim.AddRowsAsync(
            [(Twente, OutboxKind.IiaCnr, "iia-1"), (Twente, OutboxKind.OmobilityCnr, "om-1"), (Twente, OutboxKind.OmobilityCnr, "om-2"), (Itg, OutboxKind.IiaCnr, "iia-2")],
            time.GetUtcNow(), Ct);
        await sim.Dispatcher(time).RunOnceAsync(Ct);

        var status = await sim.Services.GetRequiredService<OutboxQueries>().ByPartnerAsync(Ct);

        // iia-1 failed for good (400); om-1 and om-2 (one request) failed transiently (503); itg.be got its CNR.
        var twente = Assert.Single(status);
        Assert.Equal((Twente, 2, 1), (twente.PartnerHeiId, twente.Pending, twente.Failed));
        Assert.Equal(rows[1].CreatedAt, twente.OldestPendingCreatedAt!.Value, TimeSpan.FromMilliseconds(1));
        Assert.StartsWith("HTTP 503 ", twente.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunOnceAsync_RowQueuedWhileItsObjectIsInFlight_WaitsThenSentInItsOwnCnr()
    {
        await using var sim = await OutboxSimulation.StartAsync(null, null, null, Ct);
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await sim.AddRowsAsync([(Twente, OutboxKind.IiaCnr, "iia-1")], time.GetUtcNow(), Ct);
        var leaser = sim.Services.GetRequiredService<OutboxLeaser>();

        // A send is in flight (rows leased); the object changes again meanwhile.
        var inFlight = await leaser.LeaseAsync(time.GetUtcNow(), Ct);
        await sim.AddRowsAsync([(Twente, OutboxKind.IiaCnr, "iia-1")], time.GetUtcNow(), Ct);
        var whileInFlight = await sim.Dispatcher(time).RunOnceAsync(Ct);
        await sim.Services.GetRequiredService<OutboxRecorder>().DeliveredAsync([new OutboxDelivery(inFlight)], time.GetUtcNow(), Ct);
        var after = await sim.Dispatcher(time).RunOnceAsync(Ct);

        Assert.Equal((1, 0, 1), (inFlight.Count, whileInFlight.Leased, after.Sent));
        Assert.Equal(["iia-1"], sim.Network[Twente].Requests.Snapshot().SelectMany(r => r.Parameters["iia_id"]));
        var stored = await sim.RowsAsync(Ct);
        Assert.All(stored, r => Assert.Equal((OutboxStatus.Sent, 0, (Guid?)null), (r.Status, r.MergedCount, r.MergedIntoId)));
    }
}
