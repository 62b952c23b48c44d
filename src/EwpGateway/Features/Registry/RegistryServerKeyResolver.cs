using System.Security.Cryptography;
using EwpGateway.HttpSignatures;

namespace EwpGateway.Features.Registry;

/// <summary>Trusts a response-signing key only for URLs served by a registry host listing it in <c>server-credentials-in-use</c>.</summary>
internal sealed class RegistryServerKeyResolver(IRegistryCatalogueProvider provider) : IServerKeyResolver
{
    public ValueTask<RSA?> ResolveAsync(string keyId, Uri requestUri, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        ArgumentNullException.ThrowIfNull(requestUri);
        var fingerprint = keyId.ToLowerInvariant();
        var key = provider.Current is { } catalogue && catalogue.IsServerKeyFor(fingerprint, requestUri)
            ? catalogue.SharedPublicKey(fingerprint)
            : null;
        return ValueTask.FromResult(key);
    }
}
