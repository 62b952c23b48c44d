namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// The first result of a create made with a client-supplied key; unique per (<see cref="Operation"/>,
/// <see cref="ClientKey"/>), so a retried create returns it instead of creating a duplicate.
/// </summary>
internal sealed class IdempotencyRecord
{
    public string Operation { get; set; } = "";

    public string ClientKey { get; set; } = "";

    /// <summary>SHA-256 (hex) of the request, to refuse a different request under the same key.</summary>
    public string RequestHash { get; set; } = "";

    public string AggregateId { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
