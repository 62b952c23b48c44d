using System.Diagnostics;
using EwpGateway.Benchmarks.Hosting;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.Benchmarks.Sync;

/// <summary>
/// A full reconciliation of one simulated partner's agreements (IIAs v7 index, then gets of its max-iia-ids each,
/// every IIA validated, hashed and stored), from a partner that answers at once and from one that adds latency. Each
/// size runs in a fresh gateway process with its default sync settings, so that memory figures do not mix, after an
/// unmeasured reconciliation of another partner's agreements.
/// </summary>
internal sealed class SyncScenario(BenchOptions options)
{
    private const string PartnerHeiId = "utwente.nl";

    /// <summary>
    /// A second partner whose agreements the gateway reconciles first, unmeasured (<see cref="BenchOptions.SyncWarmUp"/>
    /// of them): a running gateway has compiled its sync code before, so the runtime's compiling of it (first at once,
    /// then optimized in the background) is not counted as reconciling.
    /// </summary>
    private const string WarmUpHeiId = "itg.be";

    /// <summary>Longest wait for the runtime's background compiling to end after the warm-up.</summary>
    private static readonly TimeSpan JitQuietLimit = TimeSpan.FromSeconds(20);

    /// <summary>Methods compiled in a second below which the runtime counts as done (reading /metrics compiles a few).</summary>
    private const int JitQuietMethods = 20;

    /// <summary>Runs that were skipped because they would not fit the time budget, with why.</summary>
    public List<string> Skipped { get; } = [];

    /// <summary>
    /// The zero-latency sizes first (the largest last of all), then the slow partner; each run is skipped when its time,
    /// projected from the last run, does not fit in <paramref name="remaining"/>.
    /// </summary>
    public async Task<IReadOnlyList<SyncResult>> RunAsync(Func<TimeSpan> remaining, CancellationToken ct)
    {
        var zero = options.SyncSizes.Order().ToList();
        var first = zero.Count > 2 ? zero.Count - 1 : zero.Count;
        var runs = zero.Take(first).Select(n => (n, TimeSpan.Zero))
            .Concat(options.SyncLatencySizes.Order().Select(n => (n, options.SyncLatency)))
            .Concat(zero.Skip(first).Select(n => (n, TimeSpan.Zero)))
            .ToList();
        var results = new List<SyncResult>();

        // Time is kept for the transcripts only when they run after the sync.
        var reserve = options.Runs("tor") ? options.TranscriptReserve : TimeSpan.Zero;
        foreach (var (size, latency) in runs)
        {
            var projected = Project(results, size, latency);
            if (projected is { } p && p > remaining() - reserve)
            {
                Skipped.Add($"{size:N0} agreements at {latency.TotalMilliseconds:F0} ms latency: skipped, projected {p.TotalSeconds:F0} s "
                    + $"from the previous run, more than the {Math.Max(0, (remaining() - reserve).TotalSeconds):F0} s left in the budget");
                Console.WriteLine("sync: " + Skipped[^1]);
                continue;
            }

            var result = await RunOneAsync(size, latency, ct);
            Console.WriteLine($"sync {size} at {latency.TotalMilliseconds} ms: {result.Duration.TotalSeconds:F1} s, {result.Stored} stored, "
                + $"peak +{result.Memory.IncreaseBytes / 1e6:F0} MB (peak RSS {result.Memory.PeakBytes / 1e6:F0} MB)");
            results.Add(result);
        }

        return results;
    }

    /// <summary>
    /// Wall time of a run, from the closest earlier run (same latency preferred), plus the gateway's start and the
    /// warm-up's two passes (at the zero-latency pace when known): the second re-syncs the first's agreements too.
    /// </summary>
    private TimeSpan? Project(List<SyncResult> done, int size, TimeSpan latency)
    {
        var basis = done.Where(r => r.Latency == latency).LastOrDefault() ?? done.LastOrDefault();
        var pace = done.Where(r => r.Latency == TimeSpan.Zero).LastOrDefault() ?? basis;
        return basis is null || pace is null
            ? null
            : (basis.WallTime * ((double)size / basis.Agreements) * 1.2)
                + (pace.WallTime * ((double)((2 * options.SyncWarmUp) + options.SyncSecondWarmUp) / pace.Agreements))
                + TimeSpan.FromSeconds(15);
    }

    /// <summary>
    /// Waits until the runtime has compiled no method for a second (at most <see cref="JitQuietLimit"/>), so that the
    /// optimized re-compiling of what the warm-up ran, queued in the background, is done before the measured run.
    /// </summary>
    private static async Task JitQuietAsync(GatewayServer server, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var last = await GcFigures.ReadAsync(server, ct);
        while (last is not null && clock.Elapsed < JitQuietLimit)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            var now = await GcFigures.ReadAsync(server, ct);
            if (now is null || now.JitMethods - last.JitMethods < JitQuietMethods)
            {
                break;
            }

            last = now;
        }
    }

    private async Task<SyncResult> RunOneAsync(int size, TimeSpan latency, CancellationToken ct)
    {
        using var folder = new BenchFolder();
        using var gatewayClient = new BenchKey();
        using var gatewayServer = new BenchKey();
        var port = FreePort.Next();
        var simulator = new SimulatorOptions
        {
            AgreementsPerPartner = Math.Max(size, options.SyncWarmUp + options.SyncSecondWarmUp),
            NominationsPerPartner = 0,
            GatewayBaseUrl = new Uri($"http://127.0.0.1:{port}/"),
        };
        simulator.PartnerHeiIds.Add(PartnerHeiId);
        simulator.PartnerHeiIds.Add(WarmUpHeiId);
        simulator.GatewayClientKeys.Add(gatewayClient.Rsa);
        simulator.GatewayServerKeys.Add(gatewayServer.Rsa);
        await using var network = SimulatedNetwork.Start(simulator);
        var partner = network[PartnerHeiId];

        // The partner lists nothing while the gateway starts, so that its first reconciliation is quick and empty; the
        // warm-up partner lists its few agreements, reconciled at the start.
        var agreements = partner.Data.Agreements.All.ToList();
        foreach (var agreement in agreements)
        {
            partner.Data.Agreements.Remove(agreement.IiaId);
        }

        var warmUpPartner = network[WarmUpHeiId];
        var secondPass = warmUpPartner.Data.Agreements.All.Skip(options.SyncWarmUp).ToList();
        foreach (var agreement in secondPass)
        {
            warmUpPartner.Data.Agreements.Remove(agreement.IiaId);
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
        await ReconciledLine.WaitAsync(server, 0, "iias", WarmUpHeiId, TimeSpan.FromSeconds(75) + options.SyncTimeout, optional: false, ct);
        if (options.SyncSecondWarmUp > 0)
        {
            await JitQuietAsync(server, ct);
            foreach (var agreement in secondPass.Take(options.SyncSecondWarmUp))
            {
                warmUpPartner.Data.Agreements.Upsert(agreement);
            }

            var warmUpMark = server.LineCount;
            await server.RequestResyncAsync(WarmUpHeiId, ct);
            await ReconciledLine.WaitAsync(server, warmUpMark, "iias", WarmUpHeiId, options.SyncTimeout, optional: false, ct);
        }

        // The admin API's partner page, which the measured re-sync request reads first (a running gateway has served it
        // before: its first call compiles the page's code and database queries).
        await server.GetPartnerAsync(PartnerHeiId, ct);
        await JitQuietAsync(server, ct);

        foreach (var agreement in agreements.Take(size))
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
        Console.WriteLine($"sync {size}: re-sync requested (gateway pid {server.Meter.Pid})");
        await server.RequestResyncAsync(PartnerHeiId, ct);
        var line = await ReconciledLine.WaitAsync(server, mark, "iias", PartnerHeiId, options.SyncTimeout, optional: false, ct);
        var wall = clock.Elapsed;
        var serverCpu = server.Meter.CpuTime() - cpu;
        return new SyncResult(size, latency, line!.Duration, wall, line.Stored, line.Rejected, serverCpu, await memory(ct));
    }
}
