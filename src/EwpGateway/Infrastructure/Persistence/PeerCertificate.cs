namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// A partner's X.509 certificate as the gateway saw it: a TLS client certificate it authenticated with, or the TLS
/// server certificate of a partner host we called. Kept so that administrators see expiry coming (the registry's
/// HTTP-signature keys carry none).
/// </summary>
internal sealed class PeerCertificate
{
    /// <summary>Lower-case hex SHA-256 of the DER certificate.</summary>
    public string Fingerprint { get; set; } = "";

    public PeerCertificateRole Role { get; set; }

    /// <summary>The HEIs it stands for (the registry's, at the time it was seen); space-separated.</summary>
    public string HeiIds { get; set; } = "";

    /// <summary>The host name we connected to (server certificates); null for client certificates.</summary>
    public string? Host { get; set; }

    public string Subject { get; set; } = "";

    public DateTimeOffset NotBefore { get; set; }

    public DateTimeOffset NotAfter { get; set; }

    public DateTimeOffset FirstSeenAt { get; set; }

    public DateTimeOffset LastSeenAt { get; set; }
}
