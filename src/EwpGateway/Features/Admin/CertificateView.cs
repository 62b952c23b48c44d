namespace EwpGateway.Features.Admin;

/// <summary>A partner certificate seen on the wire, the latest per role: what its expiry column and reasons are made of.</summary>
/// <param name="Role"><c>Client</c> (it authenticated to us with it) or <c>Server</c> (its host presented it to us).</param>
/// <param name="Host">The host name we connected to (server certificates).</param>
/// <param name="Subject">The certificate's subject.</param>
/// <param name="Fingerprint">Lower-case hex SHA-256 of the DER certificate.</param>
/// <param name="NotAfter">When it expires.</param>
/// <param name="LastSeenAt">When it was last presented (recorded at most hourly).</param>
internal sealed record CertificateView(string Role, string? Host, string Subject, string Fingerprint, DateTimeOffset NotAfter, DateTimeOffset LastSeenAt);
