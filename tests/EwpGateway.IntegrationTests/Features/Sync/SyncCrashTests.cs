using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>
/// The gateway process is killed (SIGKILL) in the middle of its first reconciliation with slow partners, then started
/// again on the same database: in the end every partner agreement is stored exactly once, each with exactly one
/// Created event, and the change log has no hole.
/// </summary>
public sealed class SyncCrashTests : IDisposable
{
    private const int Partners = 3;
    private const int AgreementsPerPartner = 24;
    private readonly string _folder = Directory.CreateTempSubdirectory("ewp-sync-crash-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KilledDuringSync_Restarted_EveryAgreementStoredOnceWithOneCreatedEvent()
    {
        var client = new TestKey();
        var server = new TestKey();
        var clientPath = Path.Combine(_folder, "client.pem");
        var serverPath = Path.Combine(_folder, "server.pem");
        await File.WriteAllTextAsync(clientPath, client.PrivateKeyPem, Ct);
        await File.WriteAllTextAsync(serverPath, server.PrivateKeyPem, Ct);
        var port = LoopbackPort.Free();
        var options = new SimulatorOptions
        {
            PartnerCount = Partners,
            AgreementsPerPartner = AgreementsPerPartner,
            NominationsPerPartner = 0,
            MaxIds = 2,
            GatewayBaseUrl = new Uri($"http://127.0.0.1:{port}/"),
        };
        options.GatewayClientKeys.Add(client.Rsa);
        options.GatewayServerKeys.Add(server.Rsa);
        await using var network = SimulatedNetwork.Start(options.WithSampleKeys());
        foreach (var partner in network.Partners)
        {
            // Slow gets: the first reconciliation takes several seconds, so the kill lands in its middle.
            partner.Faults.Add(new SimFault(SimFaultKind.Latency) { Delay = TimeSpan.FromMilliseconds(300) }, SimEndpoint.IiasGet);
        }

        var database = Path.Combine(_folder, "gateway.db");
        string[] arguments =
        [
            "--urls", $"http://127.0.0.1:{port}",
            $"--Grpc:Port={LoopbackPort.Free().ToString(CultureInfo.InvariantCulture)}",
            "--Ewp:HeiId=inp-toulouse.fr",
            "--Ewp:AdminEmails:0=admin@inp-toulouse.fr",
            $"--Ewp:Registry:Url={network.CatalogueUrl}",
            $"--Ewp:Registry:CachePath={Path.Combine(_folder, "registry-cache.xml")}",
            $"--Ewp:Keys:ClientKeyPath={clientPath}",
            $"--Ewp:Keys:ServerKeyPath={serverPath}",
            $"--ConnectionStrings:Gateway=Data Source={database}",
            "--Ewp:Sync:ReconciliationInterval=00:00:05",
            "--Ewp:Sync:MaxConcurrentGetsPerPartner=1",
            "--Ewp:Sync:LeaseDuration=00:00:10",
        ];
        var factory = new GatewayDbContextFactory(DatabaseProvider.Sqlite, $"Data Source={database}");

        int storedAtKill;
        await using (var first = await GatewayProcess.StartAsync(arguments, expectedAddresses: 2, Ct))
        {
            storedAtKill = await WaitForCopiesAsync(factory, c => c >= 6, TimeSpan.FromSeconds(90));
        }

        SqliteConnection.ClearAllPools();
        await using (var second = await GatewayProcess.StartAsync(arguments, expectedAddresses: 2, Ct))
        {
            await WaitForCopiesAsync(factory, c => c == Partners * AgreementsPerPartner, TimeSpan.FromSeconds(120));
        }

        SqliteConnection.ClearAllPools();
        await using var db = factory.CreateDbContext();
        var copies = await db.Agreements.AsNoTracking()
            .Where(a => a.Provenance.Source == ProvenanceSource.Partner)
            .Select(a => new { a.Id, a.Provenance.PartnerHeiId, a.Provenance.PartnerObjectId })
            .ToListAsync(Ct);
        var created = await db.ChangeLog.AsNoTracking()
            .Where(e => e.AggregateType == nameof(Agreement) && e.Operation == ChangeOperation.Created)
            .Select(e => e.AggregateId)
            .ToListAsync(Ct);
        var sequences = await db.ChangeLog.AsNoTracking().OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync(Ct);
        var expected = network.Partners.SelectMany(p => p.Data.Agreements.All.Select(a => $"{p.HeiId}/{a.IiaId}")).Order(StringComparer.Ordinal);

        Assert.InRange(storedAtKill, 6, Partners * AgreementsPerPartner - 1);
        Assert.Equal(expected, copies.Select(c => $"{c.PartnerHeiId}/{c.PartnerObjectId}").Order(StringComparer.Ordinal));
        Assert.All(copies, c => Assert.Single(created, id => id == c.Id));
        Assert.Equal(Enumerable.Range(1, sequences.Count).Select(i => (long)i), sequences);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A process still closing the database: the OS cleans the temp folder later.
        }
    }

    /// <summary>Waits until the number of stored partner copies satisfies <paramref name="done"/>; returns that number.</summary>
    private static async Task<int> WaitForCopiesAsync(GatewayDbContextFactory factory, Func<int, bool> done, TimeSpan timeout)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deadline.CancelAfter(timeout);
        while (true)
        {
            try
            {
                await using var db = factory.CreateDbContext();
                var count = await db.Agreements.CountAsync(a => a.Provenance.Source == ProvenanceSource.Partner, deadline.Token);
                if (done(count))
                {
                    return count;
                }
            }
            catch (SqliteException)
            {
                // The gateway is migrating or writing: read again.
            }

            await Task.Delay(100, deadline.Token);
        }
    }

}
