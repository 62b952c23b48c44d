using System.Security.Cryptography;
using System.Text;

namespace EwpGateway.HttpSignatures;

/// <summary>The draft-cavage <c>rsa-sha256</c> algorithm: RSASSA-PKCS1-v1_5 with SHA-256 over the UTF-8 signing string.</summary>
public static class RsaSha256
{
    /// <summary>The algorithm name used in signature parameters and <c>Accept-Signature</c>.</summary>
    public const string AlgorithmName = "rsa-sha256";

    /// <summary>Signs a signing string.</summary>
    /// <param name="privateKey">The RSA private key.</param>
    /// <param name="signingString">The signing string.</param>
    /// <returns>The base64 signature.</returns>
    public static string Sign(RSA privateKey, string signingString)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        ArgumentNullException.ThrowIfNull(signingString);
        var signature = privateKey.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return Convert.ToBase64String(signature);
    }

    /// <summary>Verifies a base64 signature over a signing string; malformed base64 simply does not verify.</summary>
    /// <param name="publicKey">The RSA public key.</param>
    /// <param name="signingString">The signing string.</param>
    /// <param name="signature">The base64 signature.</param>
    /// <returns><see langword="true"/> when the signature is valid.</returns>
    public static bool Verify(RSA publicKey, string signingString, string signature)
    {
        ArgumentNullException.ThrowIfNull(publicKey);
        ArgumentNullException.ThrowIfNull(signingString);
        ArgumentNullException.ThrowIfNull(signature);
        var bytes = new byte[(signature.Length * 3 / 4) + 3];
        if (!Convert.TryFromBase64String(signature, bytes, out var written))
        {
            return false;
        }

        try
        {
            return publicKey.VerifyData(
                Encoding.UTF8.GetBytes(signingString), bytes.AsSpan(0, written), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        }
        catch (CryptographicException)
        {
            // A key that cannot verify (e.g. a wrong size) is a failed verification, not a server error.
            return false;
        }
    }
}
