namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>
/// Base of every aggregate root: its id, the optimistic-concurrency <see cref="Version"/> (incremented by the store
/// on every write) and where it came from.
/// </summary>
internal abstract class AggregateRoot
{
    /// <summary>Our local id of the object (for institutions, the SCHAC id).</summary>
    public string Id { get; set; } = "";

    /// <summary>1 after creation, incremented on every update; the concurrency token.</summary>
    public long Version { get; set; }

    public Provenance Provenance { get; set; } = new();
}
