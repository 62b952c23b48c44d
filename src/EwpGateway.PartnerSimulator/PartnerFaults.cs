namespace EwpGateway.PartnerSimulator;

/// <summary>
/// The faults of one simulated partner, switchable at any time: per endpoint or for all endpoints, plus two
/// partner-level modes. Thread-safe; the random share of <see cref="SimFault.Probability"/> comes from a source
/// seeded with <see cref="SimulatorOptions.Seed"/>, so a run is repeatable.
/// </summary>
public sealed class PartnerFaults
{
    private readonly Lock _lock = new();
    private readonly List<Entry> _entries = [];
    private readonly Random _random;

    internal PartnerFaults(int seed) => _random = new Random(seed);

    /// <summary>
    /// Gets or sets a value indicating whether the partner implements IIAs v6 only: the catalogue announces v6 and the
    /// IIAs endpoints answer in v6.
    /// </summary>
    public bool V6Only { get; set; }

    /// <summary>
    /// Gets or sets a value indicating whether the partner signs responses with a key the catalogue does not list (an
    /// expired or rotated key).
    /// </summary>
    public bool UnlistedSigningKey { get; set; }

    /// <summary>Switches a fault on.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="endpoint">The endpoint it applies to; <see langword="null"/> for every endpoint.</param>
    public void Add(SimFault fault, SimEndpoint? endpoint = null)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfNegative(fault.Count);
        if (fault.Probability is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault.Probability, "Probability must be between 0 and 1.");
        }

        lock (_lock)
        {
            _entries.Add(new Entry(fault, endpoint, fault.Count));
        }
    }

    /// <summary>Switches faults off.</summary>
    /// <param name="endpoint">
    /// The endpoint whose faults go; <see langword="null"/> clears everything, including the partner-level modes.
    /// </param>
    public void Clear(SimEndpoint? endpoint = null)
    {
        lock (_lock)
        {
            _entries.RemoveAll(e => endpoint is null || e.Endpoint == endpoint);
        }

        if (endpoint is null)
        {
            V6Only = false;
            UnlistedSigningKey = false;
        }
    }

    /// <summary>Picks the faults that hit one request to <paramref name="endpoint"/>, using up their counts.</summary>
    internal IReadOnlyList<SimFault> Draw(SimEndpoint endpoint)
    {
        List<SimFault>? hits = null;
        lock (_lock)
        {
            foreach (var entry in _entries)
            {
                if ((entry.Endpoint is { } only && only != endpoint) || entry.Remaining <= 0)
                {
                    continue;
                }

                if (entry.Fault.Probability < 1 && _random.NextDouble() >= entry.Fault.Probability)
                {
                    continue;
                }

                entry.Remaining--;
                (hits ??= []).Add(entry.Fault);
            }
        }

        return hits ?? (IReadOnlyList<SimFault>)[];
    }

    private sealed class Entry(SimFault fault, SimEndpoint? endpoint, int remaining)
    {
        public SimFault Fault { get; } = fault;

        public SimEndpoint? Endpoint { get; } = endpoint;

        public int Remaining { get; set; } = remaining;
    }
}
