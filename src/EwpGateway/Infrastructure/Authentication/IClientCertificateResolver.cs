namespace EwpGateway.Infrastructure.Authentication;

/// <summary>Maps a TLS client certificate fingerprint to the institutions it speaks for (registry-driven).</summary>
internal interface IClientCertificateResolver
{
    /// <summary>
    /// Returns the HEI ids covered by the hosts that list the certificate in <c>client-credentials-in-use</c>,
    /// or <see langword="null"/> when no host lists it.
    /// </summary>
    /// <param name="sha256Fingerprint">Lower-case hex SHA-256 of the DER certificate.</param>
    IReadOnlyList<string>? Resolve(string sha256Fingerprint);
}
