namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// One EWP exchange in the communication log: a partner's request to us (inbound) or our call to a partner
/// (outbound), with its metadata and, for a limited time, its gzip-compressed bodies.
/// </summary>
internal sealed class Exchange
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public ExchangeDirection Direction { get; set; }

    /// <summary>The partner HEI ids: the caller's (inbound) or those the called host covers (outbound); space-separated.</summary>
    public string PartnerHeiIds { get; set; } = "";

    /// <summary>The API, e.g. <c>iias</c>, <c>iia-cnr</c> (inbound: the path segment after <c>/ewp/</c>; outbound: from the URL path).</summary>
    public string Api { get; set; } = "";

    public string Method { get; set; } = "";

    /// <summary>Inbound: path and query; outbound: the absolute URL.</summary>
    public string Url { get; set; } = "";

    /// <summary>The HTTP status, or 0 when no response came (network error, timeout).</summary>
    public int Status { get; set; }

    public long DurationMs { get; set; }

    public string? RequestId { get; set; }

    /// <summary>The key id of the signature (the caller's inbound, ours outbound).</summary>
    public string? KeyId { get; set; }

    /// <summary>The partner's clock minus ours, in seconds, from the Date header of its signed message.</summary>
    public double? ClockOffsetSeconds { get; set; }

    /// <summary>Why it failed (signature refusal, network error...); null on success.</summary>
    public string? Error { get; set; }

    public byte[]? RequestBody { get; set; }

    public byte[]? ResponseBody { get; set; }

    /// <summary>True when a body was longer than the capture limit and was cut.</summary>
    public bool BodiesTruncated { get; set; }
}
