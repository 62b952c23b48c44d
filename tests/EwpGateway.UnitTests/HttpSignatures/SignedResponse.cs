using System.Security.Cryptography;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>Checks a response's srvauth-httpsig signature with the shared verifier.</summary>
internal static class SignedResponse
{
    public static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.NonValidated.TryGetValues(name, out var values) || response.Content.Headers.NonValidated.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : null;

    public static async Task<SignatureParameters> AssertValidAsync(HttpResponseMessage response, TimeProvider time, CancellationToken cancellationToken)
    {
        var signature = Header(response, "Signature");
        Assert.NotNull(signature);
        Assert.True(SignatureParameters.TryParse(signature, out var parameters, out var error), error);
        Assert.Equal(TestKeys.ServerKeyId, parameters.KeyId);

        using var serverKey = TestKeys.Load(TestKeys.ServerPublicPemPath);
        var verifier = new HttpSignatureVerifier(time, TimeSpan.FromMinutes(5));
        var result = await verifier.VerifyResponseAsync(
            parameters, n => Header(response, n), (_, _) => ValueTask.FromResult<RSA?>(serverKey), cancellationToken);
        Assert.True(result.Succeeded, result.Message);

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var digest = HttpSignatureVerifier.VerifyDigest(Header(response, "Digest"), SHA256.HashData(body));
        Assert.True(digest.Succeeded, digest.Message);
        return parameters;
    }
}
