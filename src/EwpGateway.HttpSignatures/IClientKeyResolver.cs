using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// Finds the public key behind the <c>keyId</c> of an inbound <c>Authorization: Signature</c> request.
/// In EWP the key id is the lower-case hex SHA-256 fingerprint of the client's public key, and a key is
/// trusted only if the registry catalogue lists it among some host's <c>client-credentials-in-use</c>.
/// </summary>
public interface IClientKeyResolver
{
    /// <summary>
    /// Resolves a client key id.
    /// </summary>
    /// <param name="keyId">The <c>keyId</c> parameter as sent (already checked to be 64 lower-case hex digits).</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The key and what the caller is allowed to claim, or <see langword="null"/> when the key is not trusted (403). The key may be shared between calls and threads: the caller only verifies with it and never disposes it.</returns>
    ValueTask<ResolvedClientKey?> ResolveAsync(string keyId, CancellationToken cancellationToken);
}

/// <summary>A trusted client key and the identities the key speaks for.</summary>
/// <param name="KeyId">The key id (hex SHA-256 fingerprint of the DER SubjectPublicKeyInfo).</param>
/// <param name="PublicKey">The RSA public key that must verify the signature.</param>
/// <param name="HeiIds">The SCHAC ids of the institutions covered by the hosts that use this key (may be empty).</param>
public sealed record ResolvedClientKey(string KeyId, RSA PublicKey, IReadOnlyList<string> HeiIds);
