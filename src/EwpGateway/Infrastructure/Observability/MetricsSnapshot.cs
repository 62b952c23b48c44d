using System.Diagnostics.Metrics;

namespace EwpGateway.Infrastructure.Observability;

/// <summary>
/// The database figures behind the gauges, refreshed by <see cref="MetricsSampler"/> so a scrape never waits for the
/// database.
/// </summary>
internal sealed class MetricsSnapshot
{
    private volatile Figures _figures = new(new Dictionary<string, long>(), new Dictionary<string, long>(), 0, new Dictionary<string, double>());

    public IEnumerable<Measurement<long>> OutboxDepth => _figures.OutboxPending.Select(p => Per(p.Key, p.Value));

    public IEnumerable<Measurement<long>> OutboxFailed => _figures.OutboxFailed.Select(p => Per(p.Key, p.Value));

    public Measurement<long> InboxDepth => new(_figures.InboxPending);

    public IEnumerable<Measurement<double>> SyncLag => _figures.SyncLagSeconds.Select(p => new Measurement<double>(p.Value, new KeyValuePair<string, object?>("partner", p.Key)));

    public void Update(
        IReadOnlyDictionary<string, long> outboxPending, IReadOnlyDictionary<string, long> outboxFailed, long inboxPending, IReadOnlyDictionary<string, double> syncLagSeconds) =>
        _figures = new Figures(outboxPending, outboxFailed, inboxPending, syncLagSeconds);

    private static Measurement<long> Per(string partner, long value) => new(value, new KeyValuePair<string, object?>("partner", partner));

    private sealed record Figures(
        IReadOnlyDictionary<string, long> OutboxPending, IReadOnlyDictionary<string, long> OutboxFailed, long InboxPending, IReadOnlyDictionary<string, double> SyncLagSeconds);
}
