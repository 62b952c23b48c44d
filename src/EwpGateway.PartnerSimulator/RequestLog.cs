namespace EwpGateway.PartnerSimulator;

/// <summary>The requests one simulated partner received, in arrival order. Thread-safe.</summary>
public sealed class RequestLog
{
    private readonly Lock _lock = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly List<Waiter> _waiters = [];

    /// <summary>Counts the requests received by <paramref name="endpoint"/>.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns>The count.</returns>
    public int Count(SimEndpoint endpoint)
    {
        lock (_lock)
        {
            return _requests.Count(r => r.Endpoint == endpoint);
        }
    }

    /// <summary>Returns a copy of the log.</summary>
    /// <returns>The requests so far, oldest first.</returns>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_lock)
        {
            return _requests.ToArray();
        }
    }

    /// <summary>Empties the log.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _requests.Clear();
        }
    }

    /// <summary>Waits until the log holds at least <paramref name="count"/> requests that match <paramref name="predicate"/>.</summary>
    /// <param name="predicate">Which requests count.</param>
    /// <param name="count">How many are needed.</param>
    /// <param name="timeout">How long to wait at most.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The matching requests.</returns>
    /// <exception cref="TimeoutException">Fewer arrived within <paramref name="timeout"/>.</exception>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(
        Func<RecordedRequest, bool> predicate, int count, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var waiter = new Waiter(predicate, count);
        lock (_lock)
        {
            if (waiter.TryComplete(_requests))
            {
                return waiter.Task.Result;
            }

            _waiters.Add(waiter);
        }

        try
        {
            return await waiter.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            var seen = Snapshot().Count(predicate);
            throw new TimeoutException($"Waited {timeout} for {count} matching request(s); {seen} arrived.");
        }
        finally
        {
            lock (_lock)
            {
                _waiters.Remove(waiter);
            }
        }
    }

    internal void Add(RecordedRequest request)
    {
        lock (_lock)
        {
            _requests.Add(request);
            _waiters.RemoveAll(w => w.TryComplete(_requests));
        }
    }

    private sealed class Waiter(Func<RecordedRequest, bool> predicate, int count)
    {
        private readonly TaskCompletionSource<IReadOnlyList<RecordedRequest>> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<IReadOnlyList<RecordedRequest>> Task => _done.Task;

        public bool TryComplete(List<RecordedRequest> requests)
        {
            var matching = requests.Where(predicate).ToArray();
            return matching.Length >= count && _done.TrySetResult(matching);
        }
    }
}
