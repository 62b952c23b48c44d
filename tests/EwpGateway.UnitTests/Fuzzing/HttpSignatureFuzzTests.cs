using System.Security.Cryptography;
using System.Text;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.UnitTests.HttpSignatures;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.UnitTests.Fuzzing;

/// <summary>
/// Fuzzes what parses the headers of a request or a partner's answer before anything is trusted: the signature parameter
/// list (<c>Authorization: Signature</c> and <c>Signature</c>), the Digest header, the signing string, the whole request
/// verification, the forwarded client certificate, and the parameter text checks. None may throw: every refusal is a
/// documented result with its reason and message (see <see cref="FuzzRunner"/> for seeds and time).
/// </summary>
public sealed class HttpSignatureFuzzTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public Task SignatureParameters_MutatedHeaders_ParsedOrRefusedWithAMessage() =>
        FuzzRunner.RunAsync("signature-parameters", FuzzSamples.AuthorizationSamples, FuzzSamples.HeaderTokens, 16 * 1024, (input, _) =>
        {
            var text = Text(input);
            var list = SignatureParameters.TryGetFromAuthorization(text, out var fromAuthorization) ? fromAuthorization : text;
            if (SignatureParameters.TryParse(list, out var parameters, out var error))
            {
                Assert.NotEmpty(parameters.KeyId);
                Assert.NotEmpty(parameters.Signature);
                Assert.NotEmpty(parameters.Headers);
                Assert.All(parameters.Headers, h => Assert.Equal(h.ToLowerInvariant(), h));
            }
            else
            {
                Assert.False(string.IsNullOrWhiteSpace(error));
            }

            return Task.CompletedTask;
        });

    [Fact]
    public Task DigestHeader_MutatedValues_ClassifiedConsistently() =>
        FuzzRunner.RunAsync("digest", FuzzSamples.DigestSamples, FuzzSamples.HeaderTokens, 16 * 1024, (input, _) =>
        {
            var body = SHA256.HashData("body"u8);
            var outcome = DigestHeader.Verify(Text(input), body);
            Assert.True(Enum.IsDefined(outcome));
            var result = HttpSignatureVerifier.VerifyDigest(Text(input), body);
            Assert.Equal(outcome == DigestVerification.Valid, result.Succeeded);
            Assert.Equal(result.Succeeded ? HttpSignatureFailureReason.None : HttpSignatureFailureReason.DigestMismatch, result.Reason);
            return Task.CompletedTask;
        });

    [Fact]
    public Task SigningString_GeneratedHeaderLists_BuiltOrMissingNamed() =>
        FuzzRunner.RunAsync("signing-string", FuzzSamples.AuthorizationSamples, FuzzSamples.HeaderTokens, 16 * 1024, (input, _) =>
        {
            var text = Text(input);
            var names = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var values = names.Select((n, i) => (n.ToLowerInvariant(), i % 3 == 0 ? null : text[..Math.Min(text.Length, i * 7)]))
                .DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2);
            if (SigningString.TryBuild(names, n => values.GetValueOrDefault(n), text.Length % 2 == 0 ? "post" : null, text, out var built, out var missing))
            {
                Assert.NotNull(built);
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(missing));
            }

            return Task.CompletedTask;
        });

    [Fact]
    public async Task HttpSignatureVerifier_MutatedSignedRequest_VerifiedOrRefusedWithAReason()
    {
        using var key = TestKeys.LoadClient();
        var request = SignedRequest(key);
        var verifier = new HttpSignatureVerifier(new FakeTimeProvider(Now), TimeSpan.FromMinutes(5));

        // The sample is the request itself, one line per part; a mutation changes one part, or several, or the lines.
        var sample = Encoding.UTF8.GetBytes(string.Join('\n', request.Select(p => p.Key + ": " + p.Value)));
        await FuzzRunner.RunAsync("request-verification", [sample], FuzzSamples.HeaderTokens, 32 * 1024, async (input, ct) =>
        {
            var parts = Text(input).Split('\n').Select(l => l.Split(": ", 2)).Where(p => p.Length == 2)
                .GroupBy(p => p[0].ToLowerInvariant()).ToDictionary(g => g.Key, g => string.Join(", ", g.Select(p => p[1])));
            var authorization = parts.GetValueOrDefault("authorization");
            if (!SignatureParameters.TryGetFromAuthorization(authorization, out var list) || !SignatureParameters.TryParse(list, out var parameters, out _))
            {
                return;
            }

            var result = await verifier.VerifyRequestAsync(
                parameters,
                parts.GetValueOrDefault("method") ?? "",
                parts.GetValueOrDefault("target") ?? "",
                name => parts.GetValueOrDefault(name),
                (keyId, _) => ValueTask.FromResult<RSA?>(keyId == TestKeys.ClientKeyId ? key : null),
                ct);
            Assert.Equal(result.Succeeded, result.Reason == HttpSignatureFailureReason.None);
            if (!result.Succeeded)
            {
                Assert.False(string.IsNullOrWhiteSpace(result.Message));
            }
        });
    }

    [Fact]
    public Task ForwardedCertificateParser_MutatedCertificates_CertificateOrNull() =>
        FuzzRunner.RunAsync("forwarded-certificate", FuzzSamples.CertificateSamples, FuzzSamples.CertificateTokens, 16 * 1024, (input, _) =>
        {
            using var certificate = ForwardedCertificateParser.Parse(Text(input));
            if (certificate is not null)
            {
                Assert.NotEmpty(certificate.RawData);
            }

            return Task.CompletedTask;
        });

    [Fact]
    public Task EwpParameterText_MutatedForms_CheckedAndMadeXmlSafe() =>
        FuzzRunner.RunAsync("parameter-text", FuzzSamples.FormSamples, FuzzSamples.FormTokens, 16 * 1024, (input, _) =>
        {
            if (EwpParameterText.IsValidUtf8(input) && EwpParameterText.FirstNonXmlParameter(input) is { } bad)
            {
                Assert.StartsWith("U+", bad.Character, StringComparison.Ordinal);
            }

            var text = Text(input);
            Assert.True(EwpParameterText.IsValidUtf8(text) || text.Contains('%', StringComparison.Ordinal), "only escapes can make a string invalid UTF-8");
            Assert.Null(EwpParameterText.FirstNonXmlCharacter(EwpParameterText.XmlSafe(text)));
            return Task.CompletedTask;
        });

    /// <summary>Every byte as one character (Latin-1) for odd inputs, UTF-8 (with replacement) for even ones.</summary>
    private static string Text(byte[] input) => input.Length % 2 == 1 ? Encoding.Latin1.GetString(input) : Encoding.UTF8.GetString(input);

    private static Dictionary<string, string> SignedRequest(RSA key)
    {
        var parts = new Dictionary<string, string>
        {
            ["method"] = "post",
            ["target"] = "/ewp/iias/get?x=1",
            ["host"] = "gateway.example",
            ["date"] = Now.ToString("r", System.Globalization.CultureInfo.InvariantCulture),
            ["digest"] = DigestHeader.Compute("iia_id=1"u8),
            ["x-request-id"] = "b9a8f7e6-5d4c-4b3a-9f8e-7d6c5b4a3f2e",
        };
        var signingString = $"(request-target): post {parts["target"]}\nhost: {parts["host"]}\ndate: {parts["date"]}\ndigest: {parts["digest"]}\nx-request-id: {parts["x-request-id"]}";
        var signature = Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        parts["authorization"] = $"Signature keyId=\"{TestKeys.ClientKeyId}\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest x-request-id\",signature=\"{signature}\"";
        return parts;
    }
}
