using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>The partner IIA sync on PostgreSQL (leases taken with FOR UPDATE SKIP LOCKED).</summary>
public sealed class PostgresSimulatedSyncTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task IiaCnrThenReconcile_OnPostgres_StoredOnceAndStateRecorded()
    {
        await using var host = SimulatedSyncHost.Start(postgres: await server.CreateDatabaseAsync(Ct));
        var partner = host.Partner;
        partner.Data.Agreements.Upsert(SimData.Agreement(partner.HeiId, "p-1"));

        await partner.SendCnrAsync(SimCnrKind.Iia, "p-1", 5, Ct);
        await host.DrainInboxAsync(Ct);
        await host.ReconcileAsync(Ct);

        var copy = Assert.Single(await host.PartnerCopiesAsync(Ct));
        Assert.Equal(1, copy.Version);
        Assert.Equal(1, await host.QueryAsync(db => db.ChangeLog.CountAsync(Ct)));
        var states = await host.QueryAsync(db => db.SyncStates.ToListAsync(Ct));
        Assert.All(states, s => Assert.Equal((0, null, (string?)null), (s.ConsecutiveFailures, s.LastError, s.LeaseOwner)));
    }
}
