using EwpGateway.Benchmarks.EndToEnd;
using EwpGateway.Benchmarks.Rsa;
using EwpGateway.Benchmarks.Sync;
using EwpGateway.Benchmarks.Transcripts;

namespace EwpGateway.Benchmarks.Reporting;

/// <summary>Everything one run measured; a section is null when its scenario was not run (or failed, see <see cref="Errors"/>).</summary>
internal sealed class BenchReport(MachineInfo machine, string command, DateTimeOffset startedAt)
{
    public MachineInfo Machine { get; } = machine;

    public string Command { get; } = command;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public TimeSpan Duration { get; set; }

    /// <summary>Wall time of each scenario run, in order.</summary>
    public List<(string Scenario, TimeSpan Duration)> ScenarioDurations { get; } = [];

    /// <summary>The 1-minute load average at the start and at the end: how much else ran on the cores.</summary>
    public (double? Start, double? End) Load { get; set; }

    /// <summary>
    /// The RSA limit measured before and after the end-to-end runs. This machine's speed moves by a fifth or more within
    /// minutes (one run measured 2,920 signatures a second just after the build, against 3,600 to 3,900 in others).
    /// </summary>
    public List<(string When, RsaLimitResult Result)> RsaRuns { get; } = [];

    /// <summary>The limit the targets are judged against: the faster measurement, so the stricter target.</summary>
    public RsaLimitResult? Rsa => RsaRuns.Count == 0 ? null : RsaRuns.MaxBy(r => r.Result.SignsPerSecond).Result;

    public IReadOnlyList<EndToEndResult>? EndToEnd { get; set; }

    public IReadOnlyList<SyncResult>? Sync { get; set; }

    /// <summary>Agreements reconciled, unmeasured, before each sync run (<see cref="BenchOptions.SyncWarmUp"/>).</summary>
    public int SyncWarmUp { get; set; }

    /// <summary>Agreements the warm-up's second pass adds (<see cref="BenchOptions.SyncSecondWarmUp"/>).</summary>
    public int SyncSecondWarmUp { get; set; }

    public IReadOnlyList<TranscriptResult>? Transcripts { get; set; }

    public List<string> Errors { get; } = [];

    /// <summary>Runs left out to keep within the time budget.</summary>
    public List<string> Skipped { get; } = [];
}
