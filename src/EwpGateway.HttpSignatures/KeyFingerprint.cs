using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// The EWP key id of an RSA key: the lower-case hex SHA-256 of its DER-encoded SubjectPublicKeyInfo.
/// The registry catalogue lists keys by this fingerprint, so it is also the <c>keyId</c> of every signature.
/// </summary>
public static class KeyFingerprint
{
    /// <summary>Length of a fingerprint in characters (64 hex digits).</summary>
    public const int Length = 64;

    /// <summary>Computes the fingerprint of the public part of <paramref name="key"/>.</summary>
    /// <param name="key">An RSA key; only its public part is used.</param>
    /// <returns>64 lower-case hex digits.</returns>
    public static string Compute(RSA key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var spki = key.ExportSubjectPublicKeyInfo();
        return Convert.ToHexStringLower(SHA256.HashData(spki));
    }

    /// <summary>Tells whether <paramref name="keyId"/> has the shape of a fingerprint (64 lower-case hex digits).</summary>
    /// <param name="keyId">The value to check.</param>
    /// <returns><see langword="true"/> for exactly 64 characters from <c>0-9a-f</c>.</returns>
    public static bool IsWellFormed(string? keyId)
    {
        if (keyId is null || keyId.Length != Length)
        {
            return false;
        }

        foreach (var c in keyId)
        {
            if (!char.IsAsciiHexDigitLower(c) && !char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
