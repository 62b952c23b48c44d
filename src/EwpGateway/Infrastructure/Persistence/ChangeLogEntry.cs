namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// One change of one aggregate. <see cref="Sequence"/> is global, strictly increasing and has no holes in
/// committed data: it is assigned under a write lock held until commit, so a reader resuming "after N" never
/// misses a change.
/// </summary>
internal sealed class ChangeLogEntry
{
    public long Sequence { get; set; }

    /// <summary>Aggregate type name, e.g. <c>Agreement</c>.</summary>
    public string AggregateType { get; set; } = "";

    public string AggregateId { get; set; } = "";

    public ChangeOperation Operation { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The aggregate's version after the change.</summary>
    public long Version { get; set; }
}
