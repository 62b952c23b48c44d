namespace EwpGateway.Benchmarks.Transcripts;

/// <summary>
/// A transcript (ELMO with a PDF attachment) of growing size, served by the gateway's IMobility ToRs <c>get</c> and
/// ingested from a simulated partner's; each size and direction in a fresh gateway process, with the peak resident
/// memory it adds. The two directions of a size run at the same time, in their two processes: a process's peak is its
/// own whatever runs beside it, and the gateways' starts and stops, most of this scenario's time, overlap.
/// </summary>
internal sealed class TranscriptScenario(BenchOptions options)
{
    public async Task<IReadOnlyList<TranscriptResult>> RunAsync(CancellationToken ct)
    {
        var results = new List<TranscriptResult>();
        foreach (var megabytes in options.TranscriptSizesMb)
        {
            var bytes = megabytes * 1_000_000L;
            var pair = await Task.WhenAll(TranscriptServing.RunAsync(bytes, ct), TranscriptIngest.RunAsync(bytes, options.TranscriptSignedElmo, options.SyncTimeout, ct));
            foreach (var result in pair)
            {
                Console.WriteLine($"tor {result.Direction} {megabytes} MB: {result.Duration.TotalSeconds:F2} s, peak +{result.Memory.IncreaseBytes / 1e6:F0} MB "
                    + $"({result.IncreasePerPayloadByte:F2} x the {result.XmlBytes / 1e6:F1} MB response)");
                results.Add(result);
            }
        }

        return results;
    }
}
