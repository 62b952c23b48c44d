namespace EwpGateway.Infrastructure.Partners;

/// <summary>How one attempt to deliver something to a partner (a CNR, an update) ended.</summary>
internal enum PartnerDeliveryStatus
{
    /// <summary>The partner answered 2xx.</summary>
    Delivered,

    /// <summary>Network error, timeout, open circuit, 408, 429 or 5xx: worth another attempt later.</summary>
    Transient,

    /// <summary>The partner does not implement the API, or refused the request (4xx): another attempt changes nothing.</summary>
    Permanent,
}
