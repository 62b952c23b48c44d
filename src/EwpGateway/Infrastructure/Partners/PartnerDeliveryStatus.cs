namespace EwpGateway.Infrastructure.Partners;

/// <summary>How one attempt to deliver something to a partner (a CNR, an update) ended.</summary>
internal enum PartnerDeliveryStatus
{
    /// <summary>The partner answered 2xx.</summary>
    Delivered,

    /// <summary>Network error, timeout, open circuit, 408, 429 or 5xx: worth another attempt later.</summary>
    Transient,

    /// <summary>The partner refused the request (4xx other than 408/429): another attempt changes nothing.</summary>
    Permanent,

    /// <summary>
    /// The registry lists no version of the API for the partner: there is nothing to deliver to (not a failure; EWP
    /// partners need not implement every CNR API).
    /// </summary>
    NotImplemented,
}
