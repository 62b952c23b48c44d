using EwpGateway.HttpSignatures;

namespace EwpGateway.Features.Registry;

/// <summary>Trusts a client key only when some registry host lists it in <c>client-credentials-in-use</c>.</summary>
internal sealed class RegistryClientKeyResolver(IRegistryCatalogueProvider provider) : IClientKeyResolver
{
    public ValueTask<ResolvedClientKey?> ResolveAsync(string keyId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyId);
        var fingerprint = keyId.ToLowerInvariant();
        if (provider.Current is not { } catalogue || !catalogue.IsClientKey(fingerprint)
            || catalogue.SharedPublicKey(fingerprint) is not { } rsa)
        {
            return ValueTask.FromResult<ResolvedClientKey?>(null);
        }

        return ValueTask.FromResult<ResolvedClientKey?>(
            new ResolvedClientKey(fingerprint, rsa, catalogue.GetHeisForClientKey(fingerprint)));
    }
}
