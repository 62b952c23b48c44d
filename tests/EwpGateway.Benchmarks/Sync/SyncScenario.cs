using System.Diagnostics;
using EwpGateway.Benchmarks.Hosting;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.Benchmarks.Sync;

/// <summary>
/// A full reconciliation of one simulated partner's agreements (IIAs v7 index, then gets of its max-iia-ids each,
/// every IIA validated, hashed and stored), from a partner that answers at once and from one that adds latency. Each
/// size runs in a fresh gateway process with its default sync settings, so that memory figures do not mix.
/// </summary>
internal sealed class SyncScenario(BenchOptions options)
{
    private const string PartnerHeiId = "utwente.nl";

    public async Task<IReadOnlyList<SyncResult>> RunAsync(CancellationToken ct)
    {
        var runs = options.SyncSizes.Select(n => (n, TimeSpan.Zero))
            .Concat(options.SyncLatencySizes.Select(n => (n, options.SyncLatency)));
        var results = new List<SyncResult>();
        foreach (var (size, latency) in runs)
        {
            var result = await RunOneAsync(size, latency, ct);
            Console.WriteLine($"sync {size} at {latency.TotalMilliseconds} ms: {result.Duration.TotalSeconds:F1} s, {result.Stored} stored, "
                + $"peak +{result.Memory.IncreaseBytes / 1e6:F0} MB (peak RSS {result.Memory.PeakBytes / 1e6:F0} MB)");
            results.Add(result);
        }

        return results;
    }

    private async Task<SyncResult> RunOneAsync(int size, TimeSpan latency, CancellationToken ct)
    {
        using var folder = new BenchFolder();
        using var gatewayClient = new BenchKey();
        using var gatewayServer = new BenchKey();
        var port = FreePort.Next();
        var simulator = new SimulatorOptions
        {
            AgreementsPerPartner = size,
            NominationsPerPartner = 0,
            GatewayBaseUrl = new Uri($"http://127.0.0.1:{port}/"),
        };
        simulator.PartnerHeiIds.Add(PartnerHeiId);
        simulator.GatewayClientKeys.Add(gatewayClient.Rsa);
        simulator.GatewayServerKeys.Add(gatewayServer.Rsa);
        await using var network = SimulatedNetwork.Start(simulator);
        var partner = network[PartnerHeiId];

        // The partner lists nothing while the gateway starts, so that its first reconciliation is quick and empty.
        var agreements = partner.Data.Agreements.All.ToList();
        foreach (var agreement in agreements)
        {
            partner.Data.Agreements.Remove(agreement.IiaId);
        }

        await using var server = await GatewayServer.StartAsync(
            folder.Path,
            port,
            network.CatalogueUrl.ToString(),
            gatewayClient.WritePem(folder.Path, "client.pem"),
            gatewayServer.WritePem(folder.Path, "server.pem"),
            ["--Ewp:Outbox:Enabled=false"],
            ct);
        await ReconciledLine.WaitAsync(server, 0, "iias", PartnerHeiId, TimeSpan.FromSeconds(75), optional: true, ct);

        foreach (var agreement in agreements)
        {
            partner.Data.Agreements.Upsert(agreement);
        }

        if (latency > TimeSpan.Zero)
        {
            partner.Faults.Add(new SimFault(SimFaultKind.Latency) { Delay = latency });
        }

        var mark = server.LineCount;
        var memory = await MemoryFigures.WatchAsync(server, ct);
        var cpu = server.Meter.CpuTime();
        var clock = Stopwatch.StartNew();
        await server.RequestResyncAsync(PartnerHeiId, ct);
        var line = await ReconciledLine.WaitAsync(server, mark, "iias", PartnerHeiId, options.SyncTimeout, optional: false, ct);
        var wall = clock.Elapsed;
        var serverCpu = server.Meter.CpuTime() - cpu;
        return new SyncResult(size, latency, line!.Duration, wall, line.Stored, line.Rejected, serverCpu, await memory(ct));
    }
}
