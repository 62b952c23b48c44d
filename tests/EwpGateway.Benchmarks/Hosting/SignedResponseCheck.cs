using System.Security.Cryptography;
using EwpGateway.HttpSignatures;

namespace EwpGateway.Benchmarks.Hosting;

/// <summary>
/// Checks a gateway response as a partner does: the gateway's signature (server key), the body's digest and the echoed
/// request id. Requests are signed in advance with a partner's client key.
/// </summary>
internal sealed class SignedResponseCheck(RSA partnerClientKey, RSA gatewayServerKey)
{
    private readonly HttpRequestSigner _signer = new(partnerClientKey, null, TimeProvider.System);
    private readonly HttpSignatureVerifier _verifier = new(TimeProvider.System, TimeSpan.FromMinutes(5));
    private readonly string _serverKeyId = KeyFingerprint.Compute(gatewayServerKey);

    public async Task<HttpRequestMessage> SignedGetAsync(Uri url, CancellationToken ct)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        await _signer.SignAsync(request, ct);
        return request;
    }

    /// <summary>Whether the response is signed by the gateway over this body and answers this request.</summary>
    public async Task<bool> IsValidAsync(HttpRequestMessage request, HttpResponseMessage response, byte[] bodySha256, CancellationToken ct)
    {
        if (Header(response, "Signature") is not { } signature || !SignatureParameters.TryParse(signature, out var parameters, out _))
        {
            return false;
        }

        var verified = await _verifier.VerifyResponseAsync(
            parameters,
            name => Header(response, name),
            (keyId, _) => ValueTask.FromResult(keyId == _serverKeyId ? gatewayServerKey : null),
            ct);
        return verified.Succeeded
            && HttpSignatureVerifier.VerifyDigest(Header(response, DigestHeader.HeaderName), bodySha256, parameters).Succeeded
            && Header(response, "X-Request-Id") == HttpRequestSigner.GetHeader(request, "X-Request-Id");
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;
}
