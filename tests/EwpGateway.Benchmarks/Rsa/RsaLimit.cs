using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace EwpGateway.Benchmarks.Rsa;

/// <summary>
/// Measures the RSA limit with BenchmarkDotNet, in process (no generated project to build, so it fits the time budget),
/// with a short fixed job: 3 warm-up and 10 measured iterations of 250 ms per operation.
/// </summary>
internal static class RsaLimit
{
    public static RsaLimitResult Measure(string artifactsFolder)
    {
        var job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithWarmupCount(3)
            .WithIterationCount(10)
            .WithIterationTime(TimeInterval.FromMilliseconds(250))
            .WithId("rsa");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddLogger(ConsoleLogger.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(artifactsFolder)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
        var summary = BenchmarkRunner.Run<RsaBenchmarks>(config);
        double Mean(string method) => summary.Reports
            .Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics?.Mean
            ?? throw new InvalidOperationException($"BenchmarkDotNet measured no {method}.");
        double Error(string method) => summary.Reports
            .Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.StandardDeviation;
        return new RsaLimitResult(
            SignsPerSecond: 1e9 / Mean(nameof(RsaBenchmarks.Sign)),
            VerifiesPerSecond: 1e9 / Mean(nameof(RsaBenchmarks.Verify)),
            SignMeanMicroseconds: Mean(nameof(RsaBenchmarks.Sign)) / 1000,
            SignStdDevMicroseconds: Error(nameof(RsaBenchmarks.Sign)) / 1000,
            VerifyMeanMicroseconds: Mean(nameof(RsaBenchmarks.Verify)) / 1000,
            VerifyStdDevMicroseconds: Error(nameof(RsaBenchmarks.Verify)) / 1000);
    }
}
