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
}
