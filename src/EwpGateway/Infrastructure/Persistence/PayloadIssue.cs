namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// A problem with what a partner sent (invalid XML, schema violation, bad signature, missing element...), counted per
/// partner, API, kind and object instead of failing silently: first seen, last seen, how often.
/// </summary>
internal sealed class PayloadIssue
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string PartnerHeiId { get; set; } = "";

    /// <summary>The API the payload came from, by registry local name.</summary>
    public string Api { get; set; } = "";

    /// <summary>A stable short code, e.g. <c>malformed-xml</c>, <c>schema</c>, <c>signature</c>, <c>missing-element</c>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>The partner's object id concerned, or empty when the whole response was unusable.</summary>
    public string ObjectId { get; set; } = "";

    /// <summary>The latest description (no payload content beyond the failing element's name and line).</summary>
    public string Message { get; set; } = "";

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }

    public int Count { get; set; } = 1;

    /// <summary>When a later fetch of the same object succeeded; null while the issue is current.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
}
