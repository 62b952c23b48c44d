namespace EwpGateway.Infrastructure.Persistence;

/// <summary>How a <see cref="PeerCertificate"/> was presented.</summary>
internal enum PeerCertificateRole
{
    /// <summary>A partner authenticated to us with it (TLS client certificate, directly or forwarded by a proxy).</summary>
    Client,

    /// <summary>A partner host presented it when we called its API over HTTPS.</summary>
    Server,
}
