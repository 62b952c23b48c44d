using System.Globalization;
using EwpGateway.Benchmarks.Transcripts;

namespace EwpGateway.Benchmarks.Reporting;

/// <summary>The issue's three targets, judged on a run's figures.</summary>
internal static class Targets
{
    /// <summary>End-to-end peak per server core, as a share of RSA signatures per core.</summary>
    public const double EndToEndShare = 0.70;

    /// <summary>Agreements reconciled from a zero-latency partner, and the time allowed.</summary>
    public const int SyncAgreements = 10_000;

    public static readonly TimeSpan SyncTime = TimeSpan.FromSeconds(10);

    /// <summary>
    /// "Flat in payload size": the peak memory a transcript adds stays under this multiple of its response size at every
    /// size, and so does the marginal cost (the slope from the smallest to the largest size).
    /// </summary>
    public const double MemoryMultiple = 3.0;

    public static IEnumerable<(string Target, string Measured, bool? Met)> Judge(BenchReport report)
    {
        var limit = report.Rsa?.SignsPerSecond;
        foreach (var run in report.EndToEnd ?? [])
        {
            var share = limit is { } l ? run.FractionOfSignLimit(l) : (double?)null;
            yield return (
                $"signed IIAs get ({run.IdsPerRequest} id{(run.IdsPerRequest == 1 ? "" : "s")}): peak per server core >= {EndToEndShare:P0} of RSA signs per core",
                share is { } s ? $"{run.Peak.ThroughputPerServerCore:F0} req/s per core = {s:P0} of {limit:F0} signs/s{Reference(run, limit!.Value)}" : "no RSA limit measured",
                share >= EndToEndShare && run.Peak.Failures == 0);
        }

        var sync = report.Sync?.FirstOrDefault(s => s.Agreements == SyncAgreements && s.Latency == TimeSpan.Zero);
        yield return (
            $"reconcile {SyncAgreements:N0} agreements from a zero-latency partner in < {SyncTime.TotalSeconds:F0} s",
            sync is null ? "not measured" : $"{sync.Duration.TotalSeconds:F1} s ({sync.Stored:N0} stored, {sync.Rejected} rejected)",
            sync is null ? null : sync.Duration < SyncTime && sync.Stored == SyncAgreements);

        foreach (var direction in new[] { "served", "ingested" })
        {
            var runs = (report.Transcripts ?? []).Where(t => t.Direction == direction).OrderBy(t => t.PdfBytes).ToList();
            if (runs.Count == 0)
            {
                continue;
            }

            var worst = runs.Max(r => r.IncreasePerPayloadByte);
            var slope = Slope(runs);
            yield return (
                $"transcript {direction}: peak memory added <= {MemoryMultiple:F0} x the payload at every size, and per added MB",
                string.Create(CultureInfo.InvariantCulture, $"at most {worst:F2} x; {slope:F2} MB per added MB of payload ({runs[0].XmlBytes / 1e6:F0} to {runs[^1].XmlBytes / 1e6:F0} MB)"),
                worst <= MemoryMultiple && slope <= MemoryMultiple);
        }
    }

    /// <summary>What the reference server (Kestrel and one signature per response, nothing else) reached, for comparison.</summary>
    private static string Reference(EndToEnd.EndToEndResult run, double limit) => run.Reference is { } reference
        ? $" (reference, Kestrel signing each response and nothing else: {reference.ThroughputPerServerCore / limit:P0})"
        : "";

    /// <summary>Peak memory added per byte of payload between the smallest and the largest transcript.</summary>
    public static double Slope(IReadOnlyList<TranscriptResult> runs) =>
        runs.Count < 2 || runs[^1].XmlBytes == runs[0].XmlBytes
            ? double.NaN
            : (double)(runs[^1].Memory.IncreaseBytes - runs[0].Memory.IncreaseBytes) / (runs[^1].XmlBytes - runs[0].XmlBytes);
}
