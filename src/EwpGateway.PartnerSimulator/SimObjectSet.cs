namespace EwpGateway.PartnerSimulator;

/// <summary>
/// A thread-safe set of simulated objects by id. Every change stamps the object's modification time from the
/// simulator clock, which is what <c>index</c> filters on with <c>modified_since</c>.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class SimObjectSet<T>
    where T : class
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, T> _items = new(StringComparer.Ordinal);
    private readonly Func<T, string> _idOf;
    private readonly Func<T, DateTimeOffset, long, T> _stamp;
    private readonly TimeProvider _timeProvider;
    private long _revision;

    internal SimObjectSet(Func<T, string> idOf, Func<T, DateTimeOffset, long, T> stamp, TimeProvider timeProvider)
    {
        _idOf = idOf;
        _stamp = stamp;
        _timeProvider = timeProvider;
    }

    /// <summary>Gets a snapshot of every object, ordered by id.</summary>
    public IReadOnlyList<T> All
    {
        get
        {
            lock (_lock)
            {
                return _items.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value).ToArray();
            }
        }
    }

    /// <summary>Adds or replaces an object (by id) and stamps its modification time.</summary>
    /// <param name="item">The object.</param>
    /// <returns>The object as stored (with its new modification time).</returns>
    public T Upsert(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_lock)
        {
            var stored = _stamp(item, _timeProvider.GetUtcNow(), ++_revision);
            _items[_idOf(item)] = stored;
            return stored;
        }
    }

    /// <summary>Removes an object: it disappears from <c>index</c> and <c>get</c>.</summary>
    /// <param name="id">The object's id.</param>
    /// <returns><see langword="true"/> when it existed.</returns>
    public bool Remove(string id)
    {
        lock (_lock)
        {
            return _items.Remove(id);
        }
    }

    /// <summary>Finds an object by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The object, or <see langword="null"/>.</returns>
    public T? Get(string id)
    {
        lock (_lock)
        {
            return _items.GetValueOrDefault(id);
        }
    }

    /// <summary>
    /// Stores an object exactly as given, without a new stamp: its modification time and, for a nomination, its proposal
    /// id are kept (for data that must match what the gateway already holds, such as sample data it was seeded with).
    /// </summary>
    /// <param name="item">The object.</param>
    public void Seed(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_lock)
        {
            _items[_idOf(item)] = item;
        }
    }
}
