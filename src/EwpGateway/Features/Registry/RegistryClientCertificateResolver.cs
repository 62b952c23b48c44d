using EwpGateway.Infrastructure.Authentication;

namespace EwpGateway.Features.Registry;

/// <summary>Trusts a TLS client certificate when the current catalogue lists its fingerprint (deprecated cliauth-tlscert).</summary>
internal sealed class RegistryClientCertificateResolver(IRegistryCatalogueProvider catalogues) : IClientCertificateResolver
{
    public IReadOnlyList<string>? Resolve(string sha256Fingerprint)
    {
        var catalogue = catalogues.Current;
        return catalogue is not null && catalogue.IsClientCertificate(sha256Fingerprint)
            ? catalogue.GetHeisForClientCertificate(sha256Fingerprint)
            : null;
    }
}
