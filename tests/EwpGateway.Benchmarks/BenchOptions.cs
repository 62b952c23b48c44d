using System.Globalization;

namespace EwpGateway.Benchmarks;

/// <summary>What to run and for how long; every duration and size can be changed on the command line.</summary>
internal sealed class BenchOptions
{
    /// <summary>Where RESULTS.md is written. Default: <c>RESULTS.md</c> in the current folder.</summary>
    public string Output { get; private set; } = "RESULTS.md";

    /// <summary>The command line to quote in the results (tests/bench.sh passes its own).</summary>
    public string Command { get; private set; } = "dotnet EwpGateway.Benchmarks.dll";

    /// <summary>Scenarios to run: <c>rsa</c>, <c>e2e</c>, <c>sync</c>, <c>tor</c>. Default: all.</summary>
    public IReadOnlySet<string> Scenarios { get; private set; } = new HashSet<string>(["rsa", "e2e", "sync", "tor"], StringComparer.Ordinal);

    /// <summary>
    /// Length of each end-to-end load phase (peak search and each rate). Default 6 s: at this machine's 70 to 180 requests
    /// a second that gives 400 to 1,100 latency samples per phase, so p99 rests on its 4 to 11 slowest (the results
    /// give the sample count with each percentile).
    /// </summary>
    public TimeSpan PhaseDuration { get; private set; } = TimeSpan.FromSeconds(6);

    /// <summary>
    /// Closed-loop warm-up before each end-to-end peak phase (at most 6,000 requests): JIT and its re-compiling with
    /// profile data, pools, SQLite cache. Default 6 s.
    /// </summary>
    public TimeSpan WarmupDuration { get; private set; } = TimeSpan.FromSeconds(6);

    /// <summary>Requests in flight while searching the peak. Default 16.</summary>
    public int PeakConcurrency { get; private set; } = 16;

    /// <summary>Agreements seeded for the end-to-end <c>get</c> (at least the announced max ids). Default 40.</summary>
    public int Agreements { get; private set; } = 40;

    /// <summary>Partner agreements reconciled from a zero-latency partner. Default 1000, 10000, 50000.</summary>
    public IReadOnlyList<int> SyncSizes { get; private set; } = [1_000, 10_000, 50_000];

    /// <summary>Partner agreements reconciled from a partner with <see cref="SyncLatency"/>. Default 1000, 10000.</summary>
    public IReadOnlyList<int> SyncLatencySizes { get; private set; } = [1_000, 10_000];

    /// <summary>Latency the slow partner adds to every answer. Default 50 ms.</summary>
    public TimeSpan SyncLatency { get; private set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// Agreements of a second partner reconciled, unmeasured, before each measured sync, so that the runtime has compiled
    /// the sync code, and re-compiled its hot part optimized, as in a gateway that has been syncing for a while. Default
    /// 5,000: with 500 the runtime compiled about 6,300 methods during a measured 10,000 (most of them hot code being
    /// re-compiled, a third more gateway CPU); with 5,000 about 1,800 and with 15,000 about 1,600, at the same CPU, where
    /// a re-sync of an empty partner compiles about 650.
    /// </summary>
    public int SyncWarmUp { get; private set; } = 5_000;

    /// <summary>
    /// The warm-up's second pass: this many more agreements of the warm-up partner, then a re-sync of it (a fifth of
    /// <see cref="SyncWarmUp"/>). The runtime starts counting calls to a method (towards its optimized compile) only once
    /// it has compiled nothing new for 100 ms, which a first reconciliation never allows: without a second pass, about
    /// 2,000 of the sync's methods were optimized during the measured run (about 4 s of server CPU for 10,000
    /// agreements), not before it.
    /// </summary>
    public int SyncSecondWarmUp => SyncWarmUp / 5;

    /// <summary>Longest wait for one reconciliation before it counts as failed. Default 5 min.</summary>
    public TimeSpan SyncTimeout { get; private set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Time the whole run may take (tests/bench.sh builds first, within its 10 minutes). The sync scenario runs last; a
    /// sync run whose time, projected from the previous one, would not fit in what is left (less
    /// <see cref="TranscriptReserve"/>) is skipped and listed as such. Default 8 min.
    /// </summary>
    public TimeSpan Budget { get; private set; } = TimeSpan.FromMinutes(8);

    /// <summary>
    /// Time kept back when deciding whether a sync run fits. Default 0: the transcripts run before the sync (this was
    /// their reserve when they ran after it).
    /// </summary>
    public TimeSpan TranscriptReserve { get; private set; } = TimeSpan.Zero;

    /// <summary>Sizes of the transcript's PDF attachment, in MB. Default 3, 5, 10, 20.</summary>
    public IReadOnlyList<int> TranscriptSizesMb { get; private set; } = [3, 5, 10, 20];

    /// <summary>Whether the partner signs the ELMO documents it serves (then checked on ingest, which reads a DOM). Default false.</summary>
    public bool TranscriptSignedElmo { get; private set; }

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value.");
            switch (name)
            {
                case "--out": options.Output = value; break;
                case "--command": options.Command = value; break;
                case "--scenarios": options.Scenarios = new HashSet<string>(Split(value), StringComparer.Ordinal); break;
                case "--phase-seconds": options.PhaseDuration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
                case "--warmup-seconds": options.WarmupDuration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
                case "--peak-concurrency": options.PeakConcurrency = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--agreements": options.Agreements = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--sync-sizes": options.SyncSizes = Ints(value); break;
                case "--sync-latency-sizes": options.SyncLatencySizes = Ints(value); break;
                case "--sync-latency-ms": options.SyncLatency = TimeSpan.FromMilliseconds(int.Parse(value, CultureInfo.InvariantCulture)); break;
                case "--sync-warmup": options.SyncWarmUp = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--sync-timeout-seconds": options.SyncTimeout = TimeSpan.FromSeconds(int.Parse(value, CultureInfo.InvariantCulture)); break;
                case "--tor-sizes-mb": options.TranscriptSizesMb = Ints(value); break;
                case "--tor-signed-elmo": options.TranscriptSignedElmo = bool.Parse(value); break;
                case "--budget-minutes": options.Budget = TimeSpan.FromMinutes(double.Parse(value, CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException($"Unknown option {name}.");
            }
        }

        return options;
    }

    public bool Runs(string scenario) => Scenarios.Contains(scenario);

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int[] Ints(string value) => [.. Split(value).Select(v => int.Parse(v, CultureInfo.InvariantCulture))];
}
