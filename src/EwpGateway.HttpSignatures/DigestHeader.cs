using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// The RFC 3230 <c>Digest</c> header as EWP uses it: <c>SHA-256=&lt;base64&gt;</c> of the body bytes, possibly
/// next to other <c>algorithm=value</c> entries, algorithm names compared case-insensitively.
/// </summary>
public static class DigestHeader
{
    /// <summary>The header name.</summary>
    public const string HeaderName = "Digest";

    /// <summary>The RFC 5843 algorithm token for SHA-256.</summary>
    public const string Sha256Algorithm = "SHA-256";

    /// <summary>The digest header value of an empty body.</summary>
    public const string EmptyBodyValue = "SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";

    /// <summary>Computes the header value <c>SHA-256=&lt;base64&gt;</c> of <paramref name="body"/>.</summary>
    /// <param name="body">The body bytes as sent.</param>
    /// <returns>The header value.</returns>
    public static string Compute(ReadOnlySpan<byte> body) => FromSha256(SHA256.HashData(body));

    /// <summary>Formats an already computed SHA-256 hash as a header value.</summary>
    /// <param name="sha256">The 32-byte hash.</param>
    /// <returns>The header value <c>SHA-256=&lt;base64&gt;</c>.</returns>
    public static string FromSha256(ReadOnlySpan<byte> sha256) => Sha256Algorithm + "=" + Convert.ToBase64String(sha256);

    /// <summary>
    /// Checks a <c>Digest</c> header against the SHA-256 of the body. SHA-256 must be present and match; entries
    /// of other algorithms are ignored, so a header with only <c>SHA=</c> (SHA-1) fails.
    /// </summary>
    /// <param name="headerValue">The header value as received (several values joined by commas), or <see langword="null"/>.</param>
    /// <param name="bodySha256">The SHA-256 of the body bytes as received.</param>
    /// <returns>The outcome; <see cref="DigestVerification.Valid"/> only when every SHA-256 entry matches.</returns>
    public static DigestVerification Verify(string? headerValue, ReadOnlySpan<byte> bodySha256)
    {
        if (string.IsNullOrWhiteSpace(headerValue))
        {
            return DigestVerification.Missing;
        }

        Span<byte> decoded = stackalloc byte[64];
        var sawSha256 = false;
        var sawSha1 = false;
        foreach (var range in headerValue.AsSpan().Split(','))
        {
            var entry = headerValue.AsSpan()[range].Trim();
            if (entry.IsEmpty)
            {
                continue;
            }

            // Base64 padding contains '=', so only the first one separates the algorithm.
            var eq = entry.IndexOf('=');
            if (eq <= 0)
            {
                return DigestVerification.Malformed;
            }

            var algorithm = entry[..eq].Trim();
            var value = entry[(eq + 1)..].Trim();
            if (algorithm.Equals("SHA", StringComparison.OrdinalIgnoreCase))
            {
                sawSha1 = true;
                continue;
            }

            if (!algorithm.Equals(Sha256Algorithm, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            sawSha256 = true;
            if (!Convert.TryFromBase64Chars(value, decoded, out var written)
                || !CryptographicOperations.FixedTimeEquals(decoded[..written], bodySha256))
            {
                return DigestVerification.Mismatch;
            }
        }

        if (sawSha256)
        {
            return DigestVerification.Valid;
        }

        return sawSha1 ? DigestVerification.Sha1Only : DigestVerification.NoSha256;
    }
}
