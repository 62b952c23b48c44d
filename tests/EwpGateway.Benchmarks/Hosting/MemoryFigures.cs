namespace EwpGateway.Benchmarks.Hosting;

/// <summary>The gateway's resident memory around one operation: before it, at its peak, and the GC's view of it.</summary>
/// <param name="BaselineBytes">Resident set size just before the operation.</param>
/// <param name="PeakBytes">Peak resident set size during the operation.</param>
/// <param name="Gc">Allocations and collections during the operation, when the gateway's metrics tell.</param>
internal sealed record MemoryFigures(long BaselineBytes, long PeakBytes, GcFigures? Gc)
{
    public long IncreaseBytes => Math.Max(0, PeakBytes - BaselineBytes);

    /// <summary>Starts watching: notes the resident size, resets the peak and reads the GC counters.</summary>
    public static async Task<Func<CancellationToken, Task<MemoryFigures>>> WatchAsync(GatewayServer server, CancellationToken ct)
    {
        var gcBefore = await GcFigures.ReadAsync(server, ct);
        var baseline = server.Meter.Resident();
        server.Meter.ResetPeak();
        return async token =>
        {
            var peak = server.Meter.PeakResident();
            return new MemoryFigures(baseline, peak, GcFigures.Between(gcBefore, await GcFigures.ReadAsync(server, token)));
        };
    }
}
