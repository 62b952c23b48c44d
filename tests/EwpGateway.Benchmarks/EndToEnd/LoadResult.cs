namespace EwpGateway.Benchmarks.EndToEnd;

/// <summary>One load phase: what was sent, what the server's CPU did, and the latencies seen.</summary>
/// <param name="Requests">Requests completed (good or not).</param>
/// <param name="Failures">Requests whose response was not a verified, complete 200.</param>
/// <param name="Elapsed">Wall time of the phase.</param>
/// <param name="ServerCpu">CPU time the gateway process used in the phase.</param>
/// <param name="ClientCpu">CPU time the load driver used in the phase.</param>
/// <param name="Latencies">Latency of every request in milliseconds, sorted.</param>
internal sealed record LoadResult(int Requests, int Failures, TimeSpan Elapsed, TimeSpan ServerCpu, TimeSpan ClientCpu, double[] Latencies)
{
    public double Throughput => Requests / Elapsed.TotalSeconds;

    /// <summary>Average number of cores the gateway kept busy.</summary>
    public double ServerCores => ServerCpu / Elapsed;

    public double ClientCores => ClientCpu / Elapsed;

    /// <summary>Requests per second per core the gateway used.</summary>
    public double ThroughputPerServerCore => ServerCores > 0 ? Throughput / ServerCores : 0;

    public double Percentile(double p)
    {
        if (Latencies.Length == 0)
        {
            return double.NaN;
        }

        var index = (int)Math.Ceiling(p * Latencies.Length) - 1;
        return Latencies[Math.Clamp(index, 0, Latencies.Length - 1)];
    }
}
