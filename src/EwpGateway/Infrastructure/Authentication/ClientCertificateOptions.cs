namespace EwpGateway.Infrastructure.Authentication;

/// <summary>TLS client certificate authentication (deprecated by EWP, still asked for; section <c>Ewp:ClientCertificates</c>).</summary>
internal sealed class ClientCertificateOptions
{
    public const string SectionName = "Ewp:ClientCertificates";

    /// <summary>Accept certificates listed in the registry as an alternative to HTTP signatures. Default: <c>true</c>.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Name of the header in which a TLS-terminating proxy passes the client certificate (base64 DER, or PEM,
    /// possibly URL-encoded as nginx's <c>$ssl_client_escaped_cert</c>). Only set it when every request comes
    /// through that proxy, which must strip the header from clients. Default: none (no forwarding).
    /// </summary>
    public string? ForwardedHeaderName { get; set; }

    /// <summary>
    /// Addresses (<c>10.0.0.5</c>) or networks (<c>10.0.0.0/24</c>) of the proxies whose <see cref="ForwardedHeaderName"/>
    /// header is believed; from any other peer the header is dropped, so that a client reaching the gateway directly
    /// cannot name a registered certificate it does not hold. Default: none, meaning the loopback addresses only.
    /// </summary>
    public List<string> TrustedProxies { get; set; } = [];
}
