using System.Collections.Concurrent;

namespace EwpGateway.Infrastructure.Hosting;

/// <summary>
/// Which background workers are running: each worker says when its loop starts and, if its loop ever ends while the
/// gateway is not stopping, why. <c>/readyz</c> reports a worker that died (<see cref="WorkersHealthCheck"/>).
/// </summary>
internal sealed class WorkerLiveness
{
    private readonly ConcurrentDictionary<string, string?> _workers = new(StringComparer.Ordinal);

    /// <summary>The loop of <paramref name="worker"/> runs.</summary>
    public void Started(string worker) => _workers[worker] = null;

    /// <summary>The loop of <paramref name="worker"/> ended although nobody stopped it.</summary>
    public void Died(string worker, string reason) => _workers[worker] = reason;

    /// <summary>Every started worker with null while it runs, or why it died.</summary>
    public IReadOnlyDictionary<string, string?> Snapshot() => new Dictionary<string, string?>(_workers, StringComparer.Ordinal);

    /// <summary>Runs <paramref name="loop"/> as worker <paramref name="worker"/>, recording its start and an unexpected end.</summary>
    public async Task RunAsync(string worker, Func<Task> loop, CancellationToken stoppingToken)
    {
        ArgumentNullException.ThrowIfNull(loop);
        Started(worker);
        try
        {
            await loop();
            if (!stoppingToken.IsCancellationRequested)
            {
                Died(worker, "its loop ended");
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            Died(worker, $"{ex.GetType().Name}: {ex.Message}");
            throw;
        }
    }
}
