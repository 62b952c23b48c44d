using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Queues;

namespace EwpGateway.Infrastructure.Certificates;

/// <summary>
/// Notes the partners' certificates seen on the wire (on the TLS handshake or client authentication path: it never
/// waits). A certificate is queued at most once per <see cref="RecordEvery"/>; <see cref="PeerCertificateWriter"/>
/// stores it.
/// </summary>
internal sealed class PeerCertificateRecorder(TimeProvider time)
{
    /// <summary>How often one certificate's "last seen" is written: expiry is counted in days, not requests.</summary>
    public static readonly TimeSpan RecordEvery = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, DateTimeOffset> _queuedAt = new(StringComparer.Ordinal);

    public WriteBehindQueue<PeerCertificate> Queue { get; } = new(1000);

    /// <summary>Queues the certificate unless it was queued within the last hour.</summary>
    /// <param name="certificate">The certificate presented.</param>
    /// <param name="role">Client (it authenticated to us) or server (we called its host).</param>
    /// <param name="heiIds">The HEIs it stands for; nothing is recorded when empty.</param>
    /// <param name="host">The host name we connected to, for server certificates.</param>
    /// <param name="fingerprint">Its lower-case hex SHA-256 when the caller has it already (computed otherwise).</param>
    public void Observe(
        X509Certificate certificate, PeerCertificateRole role, IReadOnlyCollection<string> heiIds, string? host, string? fingerprint = null)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        ArgumentNullException.ThrowIfNull(heiIds);
        if (heiIds.Count == 0)
        {
            return;
        }

        fingerprint ??= Convert.ToHexStringLower(SHA256.HashData(certificate.GetRawCertData()));
        var now = time.GetUtcNow();
        if (_queuedAt.TryGetValue(fingerprint, out var last) && now - last < RecordEvery)
        {
            return;
        }

        _queuedAt[fingerprint] = now;
        using var parsed = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        Queue.TryAdd(new PeerCertificate
        {
            Fingerprint = fingerprint,
            Role = role,
            HeiIds = string.Join(' ', heiIds.Order(StringComparer.Ordinal)),
            Host = host,
            Subject = parsed.Subject.Length <= 500 ? parsed.Subject : parsed.Subject[..500],
            NotBefore = new DateTimeOffset(parsed.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            NotAfter = new DateTimeOffset(parsed.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            FirstSeenAt = now,
            LastSeenAt = now,
        });
    }
}
