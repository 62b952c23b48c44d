using EwpGateway.Features.Sync;
using EwpGateway.IntegrationTests.Features.Sync;
using EwpGateway.PartnerSimulator;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// The CNR inbox and reconciliation fetch the same new partner objects at the same time (a partner notifies while its
/// periodic reconciliation runs): each object must still be stored once, with one Created event.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class ConcurrentFetchTests
{
    private const int Objects = 12;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InboxAndReconciliation_SameNewAgreements_EachStoredOnceWithOneCreatedEvent()
    {
        await using var host = SimulatedSyncHost.Start(o => o.MaxIds = 1);
        var partner = host.Partner;
        for (var i = 0; i < Objects; i++)
        {
            partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, $"new-{i}"));
            Assert.Equal([200], await partner.SendCnrAsync(SimCnrKind.Iia, $"new-{i}", 1, Ct));
        }

        await Task.WhenAll(
            Task.Run(() => host.DrainInboxAsync(Ct), Ct),
            Task.Run(() => host.ReconcileAsync(Ct), Ct),
            Task.Run(() => host.ReconcileAsync(Ct), Ct));

        await Invariants.AssertNoDuplicatesAsync(host.Db, Ct);
        Assert.Equal(Objects, (await host.PartnerCopiesAsync(Ct)).Count);
    }
}
