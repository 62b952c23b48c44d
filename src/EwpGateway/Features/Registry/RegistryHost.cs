namespace EwpGateway.Features.Registry;

/// <summary>One <c>r:host</c> of the catalogue. Fingerprints are lower-case hex SHA-256.</summary>
/// <param name="HeiIds">SCHAC ids in <c>institutions-covered</c>.</param>
/// <param name="Apis">The APIs in <c>apis-implemented</c>.</param>
/// <param name="ClientKeys">Fingerprints of <c>client-credentials-in-use/rsa-public-key</c>.</param>
/// <param name="ClientCertificates">Fingerprints of <c>client-credentials-in-use/certificate</c>.</param>
/// <param name="ServerKeys">Fingerprints of <c>server-credentials-in-use/rsa-public-key</c>.</param>
internal sealed record RegistryHost(
    IReadOnlyList<string> HeiIds,
    IReadOnlyList<RegistryApiEntry> Apis,
    IReadOnlySet<string> ClientKeys,
    IReadOnlySet<string> ClientCertificates,
    IReadOnlySet<string> ServerKeys);
