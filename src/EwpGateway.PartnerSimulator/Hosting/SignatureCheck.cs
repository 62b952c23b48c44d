using System.Security.Cryptography;
using EwpGateway.HttpSignatures;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>The outcome of checking the gateway's request signature (cliauth-httpsig).</summary>
/// <param name="Valid">Whether a trusted gateway client key signed the request and the digest matches.</param>
/// <param name="Status">The refusal status (401 unsigned, 403 unknown key, 400 otherwise); 200 when valid.</param>
/// <param name="Error">Why it was refused.</param>
/// <param name="KeyId">The <c>keyId</c>, when the signature parsed.</param>
internal sealed record SignatureCheck(bool Valid, int Status, string? Error, string? KeyId)
{
    public static async Task<SignatureCheck> VerifyAsync(
        SimRequest request, IReadOnlyDictionary<string, RSA> trustedKeys, HttpSignatureVerifier verifier, CancellationToken cancellationToken)
    {
        if (!SignatureParameters.TryGetFromAuthorization(request.Header("Authorization"), out var list))
        {
            return new SignatureCheck(false, 401, "The request carries no Authorization: Signature header.", null);
        }

        if (!SignatureParameters.TryParse(list, out var parameters, out var parseError))
        {
            return new SignatureCheck(false, 400, "The Signature parameters are malformed: " + parseError, null);
        }

        var result = await verifier.VerifyRequestAsync(
            parameters,
            request.Method,
            request.RequestTarget,
            request.Header,
            (keyId, _) => ValueTask.FromResult(trustedKeys.GetValueOrDefault(keyId)),
            cancellationToken);
        if (result.Succeeded)
        {
            result = HttpSignatureVerifier.VerifyDigest(request.Header("Digest"), SHA256.HashData(request.Body), parameters);
        }

        if (result.Succeeded)
        {
            return new SignatureCheck(true, 200, null, parameters.KeyId);
        }

        var status = result.Reason == HttpSignatureFailureReason.UnknownKey ? 403 : 400;
        return new SignatureCheck(false, status, result.Message, parameters.KeyId);
    }
}
