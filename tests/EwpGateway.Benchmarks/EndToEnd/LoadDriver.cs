using System.Diagnostics;
using EwpGateway.Benchmarks.Hosting;

namespace EwpGateway.Benchmarks.EndToEnd;

/// <summary>
/// Drives pre-signed requests at the gateway: closed loop (a fixed number in flight, as fast as it answers) to find the
/// peak, and open loop (requests started on a fixed schedule whatever the answers, latency counted from the scheduled
/// start so that a slow server cannot hide its queueing) to measure latency at a given rate.
/// </summary>
internal sealed class LoadDriver(ProcessMeter server, Func<HttpRequestMessage, CancellationToken, Task<bool>> send)
{
    public async Task<LoadResult> ClosedLoopAsync(HttpRequestMessage[] requests, int concurrency, TimeSpan duration, CancellationToken ct)
    {
        var next = -1;
        var clock = Stopwatch.StartNew();
        var (serverCpu, clientCpu) = (server.CpuTime(), ClientCpu());
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>();
            var failures = 0;
            int i;
            while (clock.Elapsed < duration && (i = Interlocked.Increment(ref next)) < requests.Length)
            {
                var started = Stopwatch.GetTimestamp();
                failures += await SafeSendAsync(requests[i], ct) ? 0 : 1;
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            return (latencies, failures);
        }).ToList();
        var done = await Task.WhenAll(workers);
        return Result(done.SelectMany(d => d.latencies), done.Sum(d => d.failures), clock.Elapsed, serverCpu, clientCpu);
    }

    public async Task<LoadResult> OpenLoopAsync(HttpRequestMessage[] requests, double rate, CancellationToken ct)
    {
        var latencies = new double[requests.Length];
        var failures = 0;
        var clock = Stopwatch.StartNew();
        var (serverCpu, clientCpu) = (server.CpuTime(), ClientCpu());
        var running = new List<Task>(requests.Length);
        for (var i = 0; i < requests.Length; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, ct);
            }

            var index = i;
            running.Add(Task.Run(
                async () =>
                {
                    if (!await SafeSendAsync(requests[index], ct))
                    {
                        Interlocked.Increment(ref failures);
                    }

                    latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
                },
                ct));
        }

        await Task.WhenAll(running);
        return Result(latencies, failures, clock.Elapsed, serverCpu, clientCpu);
    }

    private static TimeSpan ClientCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private LoadResult Result(IEnumerable<double> latencies, int failures, TimeSpan elapsed, TimeSpan serverCpuBefore, TimeSpan clientCpuBefore)
    {
        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        return new LoadResult(sorted.Length, failures, elapsed, server.CpuTime() - serverCpuBefore, ClientCpu() - clientCpuBefore, sorted);
    }

    private async Task<bool> SafeSendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        try
        {
            return await send(request, ct);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            // The client's timeout.
            return false;
        }
    }
}
