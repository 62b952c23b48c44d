using System.Text;
using EwpGateway.Benchmarks.EndToEnd;
using static EwpGateway.Benchmarks.Reporting.ResultsWriter;

namespace EwpGateway.Benchmarks.Reporting;

/// <summary>The figures of each scenario, with how they were measured.</summary>
internal static class ResultsSections
{
    public static void Rsa(StringBuilder md, BenchReport report)
    {
        if (report.RsaRuns.Count == 0)
        {
            return;
        }

        Line(md, "## The limit: RSA-2048 PKCS#1 v1.5 SHA-256, per core");
        Line(md);
        Line(md, "BenchmarkDotNet 0.15 (in-process toolchain, 3 warm-up + 10 measured iterations of 250 ms, one thread), "
            + "over a signing string the size of a signed response's, in the same run as the rest: before and after the "
            + "end-to-end runs, as the machine's speed moves within minutes. The targets take the faster signing figure "
            + $"({report.Rsa!.SignsPerSecond:F0} per second), the stricter limit.");
        Line(md);
        Line(md, "| measured | operation | per second per core | mean | std dev |");
        Line(md, "|---|---|---|---|---|");
        foreach (var (when, rsa) in report.RsaRuns)
        {
            Line(md, $"| {when} | sign | {rsa.SignsPerSecond:F0} | {rsa.SignMeanMicroseconds:F1} µs | {rsa.SignStdDevMicroseconds:F1} µs |");
            Line(md, $"| {when} | verify | {rsa.VerifiesPerSecond:F0} | {rsa.VerifyMeanMicroseconds:F1} µs | {rsa.VerifyStdDevMicroseconds:F1} µs |");
        }

        Line(md);
    }

    public static void EndToEnd(StringBuilder md, BenchReport report)
    {
        if (report.EndToEnd is not { Count: > 0 } runs)
        {
            return;
        }

        var limit = report.Rsa?.SignsPerSecond ?? double.NaN;
        Line(md, "## End to end: signed IIAs get over loopback");
        Line(md);
        Line(md, "A partner key listed in the registry catalogue signs every request (HTTP signature over (request-target), host, "
            + "date, digest, x-request-id); the gateway verifies it, reads the agreements from SQLite, writes the IIAs v7 "
            + "response with each iia-hash and signs the response; the client checks the signature, the digest, the echoed "
            + "request id and the IIA count. Requests are signed before each phase so that the client's RSA work does not "
            + "take the server's cores. Each size starts with an unmeasured warm-up (up to 6,000 requests or 6 s) so that the "
            + "runtime's re-compiling of hot code is not counted. Peak: closed loop; latency: open loop at a fixed rate, counted from each request's "
            + "scheduled start. Server cores = CPU time of the gateway process (/proc) / wall time.");
        Line(md);
        Line(md, "| ids per request | response | peak req/s | server cores used | req/s per server core | share of RSA signs per core | client cores | failures |");
        Line(md, "|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            Line(md, $"| {run.IdsPerRequest} | {run.ResponseBytes / 1024.0:F1} KiB | {run.Peak.Throughput:F0} | {run.Peak.ServerCores:F2} | {run.Peak.ThroughputPerServerCore:F0} "
                + $"| {run.FractionOfSignLimit(limit):P0} | {run.Peak.ClientCores:F2} | {run.Peak.Failures} of {run.Peak.Requests} |");
        }

        Line(md);
        if (runs.Any(r => r.Reference is not null))
        {
            Line(md, "Reference: the same closed loop against Kestrel in its own process answering each request with a body of the "
                + "gateway's size and one RSA signature of the same key (over a signing string with the body's SHA-256 digest), and "
                + "nothing else: no request verification, database, XML or logging (tests/EwpGateway.Benchmarks/EndToEnd/ReferenceServer.cs). "
                + "It is the most a server on Kestrel that signs each response reaches on this machine.");
            Line(md);
            Line(md, "| response | reference peak req/s | server cores used | req/s per server core | share of RSA signs per core | the gateway's share of the reference | failures |");
            Line(md, "|---|---|---|---|---|---|---|");
            foreach (var run in runs.Where(r => r.Reference is not null))
            {
                var reference = run.Reference!;
                Line(md, $"| {run.ResponseBytes / 1024.0:F1} KiB | {reference.Throughput:F0} | {reference.ServerCores:F2} | {reference.ThroughputPerServerCore:F0} "
                    + $"| {reference.ThroughputPerServerCore / limit:P0} | {run.Peak.ThroughputPerServerCore / reference.ThroughputPerServerCore:P0} | {reference.Failures} of {reference.Requests} |");
            }

            Line(md);
        }

        Line(md, "Latency percentiles rest on the phase's samples (the failures column counts them: p99 is about the 1% slowest of them).");
        Line(md);
        Line(md, "| ids per request | load | rate asked | rate achieved | p50 | p99 | max | server cores | failures |");
        Line(md, "|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            foreach (var (name, share, phase) in new[] { ("50% of peak", 0.5, run.AtHalf), ("90% of peak", 0.9, run.AtNinety) })
            {
                Line(md, $"| {run.IdsPerRequest} | {name} | {run.Peak.Throughput * share:F0}/s | {phase.Throughput:F0}/s | {Ms(phase, 0.5)} "
                    + $"| {Ms(phase, 0.99)} | {Ms(phase, 1)} | {phase.ServerCores:F2} | {phase.Failures} of {phase.Requests} |");
            }
        }

        Line(md);
    }

    public static void Sync(StringBuilder md, BenchReport report)
    {
        if (report.Sync is not { Count: > 0 } runs)
        {
            return;
        }

        Line(md, "## Sync: reconciling a partner's agreements");
        Line(md);
        Line(md, "A simulated partner (src/EwpGateway.PartnerSimulator, IIAs v7, max-iia-ids 10, signed responses) lists N agreements; "
            + "the gateway (default sync settings: 2 concurrent gets per partner) runs a full re-sync: index, gets, response "
            + "signature and digest, XSD validation, iia-hash, store with change log. Duration as the gateway logs it. "
            + "Memory: resident set (VmRSS) before, peak (VmHWM, reset before the run) during; GC figures from the "
            + "gateway's /metrics. Each size runs in a fresh gateway process. Warm-up, unmeasured: the gateway first reconciles "
            + $"{report.SyncWarmUp:N0} agreements of a second partner"
            + (report.SyncSecondWarmUp > 0
                ? $", then, once the runtime has compiled no method for a second, a re-sync of that partner with "
                    + $"{report.SyncSecondWarmUp:N0} more (the runtime counts calls towards a method's optimized compile only "
                    + "after a lull in compiling, so a single pass left about 2,000 of the sync's methods to be optimized "
                    + "during the measured run),"
                : "")
            + " and the benchmark reads the admin API's partner page (the "
            + "re-sync request reads it first), then waits until the runtime has compiled no "
            + "method for a second (its optimized re-compiling of hot code runs in the background), as in a gateway that has "
            + "been syncing for a while; the measured run is still a full reconciliation of N agreements new to the gateway. "
            + "Methods compiled = methods the runtime compiled during the measured run (each tier of a method counts).");
        Line(md);
        Line(md, "| agreements | partner latency | duration | per 1,000 | stored | rejected | server CPU | RSS before | peak RSS | peak added | allocated | gen0/gen1/gen2 GCs | methods compiled |");
        Line(md, "|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs)
        {
            var gc = run.Memory.Gc;
            Line(md, $"| {run.Agreements:N0} | {run.Latency.TotalMilliseconds:F0} ms | {run.Duration.TotalSeconds:F1} s "
                + $"| {run.Duration.TotalSeconds * 1000 / run.Agreements:F2} s | {run.Stored:N0} | {run.Rejected} | {run.ServerCpu.TotalSeconds:F1} s "
                + $"| {Mb(run.Memory.BaselineBytes)} MB | {Mb(run.Memory.PeakBytes)} MB | {Mb(run.Memory.IncreaseBytes)} MB "
                + $"| {(gc is null ? "-" : Mb(gc.AllocatedBytes) + " MB")} | {(gc is null ? "-" : $"{gc.Gen0:F0}/{gc.Gen1:F0}/{gc.Gen2:F0}")} "
                + $"| {(gc is null ? "-" : $"{gc.JitMethods:N0}")} |");
        }

        Line(md);
        foreach (var skipped in report.Skipped)
        {
            Line(md, $"- Not run: {skipped}.");
        }

        if (report.Skipped.Count > 0)
        {
            Line(md);
        }

        foreach (var group in runs.GroupBy(r => r.Latency).Where(g => g.Count() > 1))
        {
            var ordered = group.OrderBy(r => r.Agreements).ToList();
            var first = ordered[0];
            Line(md, $"Growth at {group.Key.TotalMilliseconds:F0} ms latency, relative to {first.Agreements:N0} agreements: "
                + string.Join("; ", ordered.Skip(1).Select(r =>
                    $"{r.Agreements / (double)first.Agreements:F0}x the agreements took {r.Duration / first.Duration:F1}x the time and "
                    + $"{(first.Memory.IncreaseBytes > 0 ? (r.Memory.IncreaseBytes / (double)first.Memory.IncreaseBytes).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "x" : "n/a")} the peak memory added"))
                + ".");
            Line(md);
        }
    }

    public static void Transcripts(StringBuilder md, BenchReport report)
    {
        if (report.Transcripts is not { Count: > 0 } runs)
        {
            return;
        }

        Line(md, "## Transcripts: an ELMO with a PDF attachment, served and ingested");
        Line(md);
        Line(md, "Served: a partner gets the transcript (signed IMobility ToRs get, signed response streamed to the client). "
            + "Ingested: the gateway reconciles a simulated partner's ToRs (signed get, digest, XSD, ELMO read, PDF decoded, "
            + "stored). Payload = the get response (the PDF in base64 is 4/3 of its size). Each size and direction in a fresh "
            + "gateway process, the two directions of a size side by side (so times are those of a shared machine), each after "
            + "an unmeasured warm-up with a small transcript (served: the sample's; ingested: one with a 20 kB PDF from a second partner); "
            + "peak added = VmHWM during the operation minus VmRSS before it.");
        Line(md);
        Line(md, "| direction | PDF | response | time | RSS before | peak RSS | peak added | added / payload | allocated | gen2 GCs |");
        Line(md, "|---|---|---|---|---|---|---|---|---|---|");
        foreach (var run in runs.OrderBy(r => r.Direction).ThenBy(r => r.PdfBytes))
        {
            var gc = run.Memory.Gc;
            Line(md, $"| {run.Direction} | {Mb(run.PdfBytes)} MB | {Mb(run.XmlBytes)} MB | {run.Duration.TotalSeconds:F2} s "
                + $"| {Mb(run.Memory.BaselineBytes)} MB | {Mb(run.Memory.PeakBytes)} MB | {Mb(run.Memory.IncreaseBytes)} MB "
                + $"| {run.IncreasePerPayloadByte:F2} | {(gc is null ? "-" : Mb(gc.AllocatedBytes) + " MB")} | {(gc is null ? "-" : $"{gc.Gen2:F0}")} |");
        }

        Line(md);
        foreach (var group in runs.GroupBy(r => r.Direction))
        {
            Line(md, $"Marginal memory, {group.Key}: {Targets.Slope([.. group.OrderBy(r => r.PdfBytes)]):F2} MB of peak added per added MB of payload.");
        }

        Line(md);
    }

    private static string Ms(LoadResult phase, double percentile) =>
        phase.Latencies.Length == 0 ? "-" : $"{phase.Percentile(percentile):F1} ms";
}
