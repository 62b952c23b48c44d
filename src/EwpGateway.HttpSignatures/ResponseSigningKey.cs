using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>A fixed <see cref="IResponseSigningKey"/>.</summary>
/// <param name="privateKey">The RSA private key.</param>
/// <param name="keyId">The key id; the fingerprint of <paramref name="privateKey"/> when <see langword="null"/>.</param>
public sealed class ResponseSigningKey(RSA privateKey, string? keyId = null) : IResponseSigningKey
{
    /// <inheritdoc />
    public string KeyId { get; } = keyId ?? KeyFingerprint.Compute(privateKey);

    /// <inheritdoc />
    public RSA PrivateKey { get; } = privateKey ?? throw new ArgumentNullException(nameof(privateKey));
}
