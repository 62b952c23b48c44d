using System.Diagnostics;
using System.Globalization;
using EwpGateway.Benchmarks;
using EwpGateway.Benchmarks.EndToEnd;
using EwpGateway.Benchmarks.Reporting;
using EwpGateway.Benchmarks.Rsa;
using EwpGateway.Benchmarks.Sync;
using EwpGateway.Benchmarks.Transcripts;

// Runs the benchmark scenarios in order and writes RESULTS.md; see tests/bench.sh and the README's "Benchmarks".
// Started with --reference-server by the end-to-end scenario, it is instead that scenario's reference server.
if (args is [ReferenceServer.Mode, .. var serve])
{
    await ReferenceServer.ServeAsync(serve);
    return 0;
}

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = BenchOptions.Parse(args);
var report = new BenchReport(MachineInfo.Current(), options.Command, TimeProvider.System.GetUtcNow());
var clock = Stopwatch.StartNew();
var loadAtStart = MachineInfo.LoadAverage();
using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(30));
var ct = cancel.Token;

async Task RunAsync(string scenario, Func<Task> run)
{
    if (!options.Runs(scenario))
    {
        return;
    }

    Console.WriteLine($"== {scenario} ({clock.Elapsed.TotalSeconds:F0} s)");
    var started = clock.Elapsed;
    try
    {
        await run();
    }
    catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
    {
        Console.WriteLine($"{scenario} failed: {ex}");
        report.Errors.Add($"{scenario}: {ex.GetType().Name}: {ex.Message}");
    }
    finally
    {
        report.ScenarioDurations.Add((scenario, clock.Elapsed - started));
        Console.WriteLine($"== {scenario} took {(clock.Elapsed - started).TotalSeconds:F0} s ({clock.Elapsed.TotalSeconds:F0} s so far)");
    }
}

Task MeasureRsa(string when)
{
    using var artifacts = new EwpGateway.Benchmarks.Hosting.BenchFolder();
    var rsa = RsaLimit.Measure(artifacts.Path);
    report.RsaRuns.Add((when, rsa));
    Console.WriteLine($"rsa ({when}): {rsa.SignsPerSecond:F0} signs/s, {rsa.VerifiesPerSecond:F0} verifies/s per core");
    return Task.CompletedTask;
}

await RunAsync("rsa", () => MeasureRsa("before the end-to-end runs"));
var signLimit = report.Rsa?.SignsPerSecond ?? 1000;
await RunAsync("e2e", async () => report.EndToEnd = await new EndToEndScenario(options, signLimit).RunAsync(ct));

// Again right after, on the machine as the end-to-end runs had it; the targets take the faster of the two.
if (options.Runs("e2e"))
{
    await RunAsync("rsa", () => MeasureRsa("after the end-to-end runs"));
}

// The transcripts before the sync, whose runs are skipped when they would not fit in what is left of the budget.
await RunAsync("tor", async () => report.Transcripts = await new TranscriptScenario(options).RunAsync(ct));
await RunAsync("sync", async () =>
{
    var sync = new SyncScenario(options);
    try
    {
        report.SyncWarmUp = options.SyncWarmUp;
        report.SyncSecondWarmUp = options.SyncSecondWarmUp;
        report.Sync = await sync.RunAsync(() => options.Budget - clock.Elapsed, ct);
    }
    finally
    {
        report.Skipped.AddRange(sync.Skipped);
    }
});

report.Duration = clock.Elapsed;
report.Load = (loadAtStart, MachineInfo.LoadAverage());
await File.WriteAllTextAsync(options.Output, ResultsWriter.Write(report), ct);
Console.WriteLine($"Results written to {options.Output} after {clock.Elapsed.TotalSeconds:F0} s ("
    + string.Join(", ", report.ScenarioDurations.Select(d => $"{d.Scenario} {d.Duration.TotalSeconds:F0} s")) + ").");
return report.Errors.Count == 0 ? 0 : 1;
