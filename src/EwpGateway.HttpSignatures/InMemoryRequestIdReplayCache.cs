namespace EwpGateway.HttpSignatures;

/// <summary>
/// In-memory <see cref="IRequestIdReplayCache"/>, bounded in size: when full it forgets the entries that expire
/// first, so a flood of requests costs memory only up to <c>capacity</c>.
/// </summary>
internal sealed class InMemoryRequestIdReplayCache(int capacity) : IRequestIdReplayCache
{
    /// <summary>The default number of remembered ids.</summary>
    public const int DefaultCapacity = 100_000;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> _byExpiry = new();

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _expiries.Count;
            }
        }
    }

    public ValueTask<bool> TryRecordAsync(string requestId, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestId);
        lock (_lock)
        {
            while (_byExpiry.TryPeek(out var oldest, out var expiry) && (expiry <= now || _expiries.Count >= capacity))
            {
                _byExpiry.Dequeue();
                if (_expiries.TryGetValue(oldest, out var current) && current == expiry)
                {
                    _expiries.Remove(oldest);
                }
            }

            if (_expiries.TryGetValue(requestId, out var known) && known > now)
            {
                return ValueTask.FromResult(false);
            }

            var expiresAt = now + lifetime;
            _expiries[requestId] = expiresAt;
            _byExpiry.Enqueue(requestId, expiresAt);
            return ValueTask.FromResult(true);
        }
    }
}
