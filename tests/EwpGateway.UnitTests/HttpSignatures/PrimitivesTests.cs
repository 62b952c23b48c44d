using System.Text;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

public class PrimitivesTests
{
    [Fact]
    public void KeyFingerprint_Compute_TestKeys_MatchOpenSsl()
    {
        // Arrange
        using var client = TestKeys.LoadClient();
        using var server = TestKeys.LoadServer();

        // Act
        var clientId = KeyFingerprint.Compute(client);
        var serverId = KeyFingerprint.Compute(server);

        // Assert
        Assert.Equal(TestKeys.ClientKeyId, clientId);
        Assert.Equal(TestKeys.ServerKeyId, serverId);
    }

    [Fact]
    public void DigestHeader_Compute_EmptyBody_IsKnownConstant()
    {
        // Act
        var digest = DigestHeader.Compute([]);

        // Assert
        Assert.Equal(FixedVectors.EmptyDigest, digest);
        Assert.Equal(FixedVectors.EmptyDigest, DigestHeader.EmptyBodyValue);
    }

    [Fact]
    public void DigestHeader_Compute_FixedBody_MatchesOpenSsl()
    {
        // Act
        var digest = DigestHeader.Compute(Encoding.UTF8.GetBytes(FixedVectors.Body));

        // Assert
        Assert.Equal(FixedVectors.Digest, digest);
    }

    [Theory]
    [InlineData("SHA-256=e+BQq5EbOL4ItNXBFJ0OWXE9zVgpowo5zQD/5i+/+Xg=", DigestVerification.Valid)]
    [InlineData("sha-256=e+BQq5EbOL4ItNXBFJ0OWXE9zVgpowo5zQD/5i+/+Xg=", DigestVerification.Valid)]
    [InlineData("SHA=abc=, SHA-256=e+BQq5EbOL4ItNXBFJ0OWXE9zVgpowo5zQD/5i+/+Xg=,MD5=x", DigestVerification.Valid)]
    [InlineData(null, DigestVerification.Missing)]
    [InlineData("  ", DigestVerification.Missing)]
    [InlineData("SHA=2jmj7l5rSw0yVb/vlWAYkK/YBwk=", DigestVerification.Sha1Only)]
    [InlineData("SHA-512=abc", DigestVerification.NoSha256)]
    [InlineData("SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", DigestVerification.Mismatch)]
    [InlineData("SHA-256=not base64!", DigestVerification.Mismatch)]
    [InlineData("SHA-256", DigestVerification.Malformed)]
    public void DigestHeader_Verify_Variants_ExpectedOutcome(string? header, DigestVerification expected)
    {
        // Arrange
        var hash = System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(FixedVectors.Body));

        // Act
        var outcome = DigestHeader.Verify(header, hash);

        // Assert
        Assert.Equal(expected, outcome);
    }

    [Fact]
    public void SigningString_TryBuild_FixedRequest_MatchesExpected()
    {
        // Act
        var ok = SigningString.TryBuild(
            HttpRequestSigner.SignedHeaders, FixedVectors.GetHeader, FixedVectors.Method, FixedVectors.PathAndQuery, out var signingString, out _);

        // Assert
        Assert.True(ok);
        Assert.Equal(FixedVectors.SigningString, signingString);
    }

    [Fact]
    public void SigningString_TryBuild_MissingHeader_ReportsName()
    {
        // Act
        var ok = SigningString.TryBuild(["date", "X-Custom"], FixedVectors.GetHeader, null, null, out _, out var missing);

        // Assert
        Assert.False(ok);
        Assert.Equal("x-custom", missing);
    }

    [Fact]
    public void SigningString_TryBuild_ResponseWithRequestTarget_ReportsMissing()
    {
        // Act
        var ok = SigningString.TryBuild(["(request-target)"], FixedVectors.GetHeader, null, null, out _, out var missing);

        // Assert
        Assert.False(ok);
        Assert.Equal("(request-target)", missing);
    }

    [Fact]
    public void RsaSha256_Sign_FixedSigningString_MatchesOpenSsl()
    {
        // Arrange
        using var key = TestKeys.LoadClient();

        // Act
        var signature = RsaSha256.Sign(key, FixedVectors.SigningString);

        // Assert
        Assert.Equal(FixedVectors.Signature, signature);
    }

    [Fact]
    public void RsaSha256_Verify_OpenSslSignature_True()
    {
        // Arrange
        using var key = TestKeys.Load(TestKeys.ClientPublicPemPath);

        // Act
        var valid = RsaSha256.Verify(key, FixedVectors.SigningString, FixedVectors.Signature);

        // Assert
        Assert.True(valid);
    }

    [Theory]
    [InlineData("not base64")]
    [InlineData("")]
    [InlineData("AAAA")]
    public void RsaSha256_Verify_GarbageSignature_False(string signature)
    {
        // Arrange
        using var key = TestKeys.LoadClient();

        // Act
        var valid = RsaSha256.Verify(key, FixedVectors.SigningString, signature);

        // Assert
        Assert.False(valid);
    }

    [Theory]
    [InlineData("b9a8f7e6-5d4c-4b3a-9f8e-7d6c5b4a3f2e", true)]
    [InlineData("B9A8F7E6-5D4C-4B3A-9F8E-7D6C5B4A3F2E", false)]
    [InlineData("b9a8f7e6-5d4c-4b3a-9f8e-7d6c5b4a3f2", false)]
    [InlineData("b9a8f7e6x5d4c-4b3a-9f8e-7d6c5b4a3f2e", false)]
    [InlineData("g9a8f7e6-5d4c-4b3a-9f8e-7d6c5b4a3f2e", false)]
    [InlineData(null, false)]
    public void RequestId_IsCanonical_Variants_Expected(string? value, bool expected) =>
        Assert.Equal(expected, RequestId.IsCanonical(value));

    [Fact]
    public void RequestId_New_IsCanonical() => Assert.True(RequestId.IsCanonical(RequestId.New()));

    [Fact]
    public void SignatureParameters_TryParse_Valid_ReturnsParameters()
    {
        // Arrange
        var header = "Signature keyId=\"abc\", algorithm=\"rsa-sha256\",headers=\"(request-target) Host date\",signature=\"c2ln\",created=\"1\"";

        // Act
        var found = SignatureParameters.TryGetFromAuthorization(header, out var list);
        var ok = SignatureParameters.TryParse(list, out var parameters, out var error);

        // Assert
        Assert.True(found);
        Assert.True(ok, error);
        Assert.Equal("abc", parameters!.KeyId);
        Assert.Equal("rsa-sha256", parameters.Algorithm);
        Assert.Equal(["(request-target)", "host", "date"], parameters.Headers);
        Assert.Equal("c2ln", parameters.Signature);
    }

    [Fact]
    public void SignatureParameters_TryParse_NoHeaders_DefaultsToDate()
    {
        // Act
        var ok = SignatureParameters.TryParse("keyId=\"a\",signature=\"b\"", out var parameters, out _);

        // Assert
        Assert.True(ok);
        Assert.Equal(["date"], parameters!.Headers);
        Assert.Null(parameters.Algorithm);
    }

    [Theory]
    [InlineData("")]
    [InlineData("keyId")]
    [InlineData("keyId=abc,signature=\"x\"")]
    [InlineData("keyId=\"abc,signature=\"x")]
    [InlineData("keyId=\"a\",keyId=\"b\",signature=\"x\"")]
    [InlineData("keyId=\"a\" signature=\"x\"")]
    [InlineData("signature=\"x\"")]
    [InlineData("keyId=\"a\"")]
    [InlineData("keyId=\"a\",signature=\"x\",headers=\"  \"")]
    [InlineData("=\"a\"")]
    [InlineData("keyId=\"a\",signature=\"x\",")]
    public void SignatureParameters_TryParse_Malformed_ReturnsErrorWithoutThrowing(string input)
    {
        // Act
        var ok = SignatureParameters.TryParse(input, out var parameters, out var error);

        // Assert
        Assert.False(ok);
        Assert.Null(parameters);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer x")]
    [InlineData("Signature")]
    [InlineData("Signatures keyId=\"a\"")]
    public void SignatureParameters_TryGetFromAuthorization_OtherSchemes_False(string? header) =>
        Assert.False(SignatureParameters.TryGetFromAuthorization(header, out _));

    [Fact]
    public void SignatureParameters_Format_RoundTrips()
    {
        // Arrange
        var parameters = new SignatureParameters("k", "rsa-sha256", ["date", "digest"], "c2ln");

        // Act
        var ok = SignatureParameters.TryParse(parameters.Format(), out var parsed, out _);

        // Assert
        Assert.True(ok);
        Assert.Equal("keyId=\"k\",algorithm=\"rsa-sha256\",headers=\"date digest\",signature=\"c2ln\"", parameters.Format());
        Assert.Equal(parameters.Headers, parsed!.Headers);
        Assert.Equal(parameters.Signature, parsed.Signature);
    }

    [Fact]
    public async Task HttpSignatureVerifier_VerifyRequest_FixedVector_Succeeds()
    {
        // Arrange
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(FixedVectors.Now.AddMinutes(3));
        var verifier = new HttpSignatureVerifier(time, TimeSpan.FromMinutes(5));
        using var key = TestKeys.Load(TestKeys.ClientPublicPemPath);
        var parameters = new SignatureParameters(TestKeys.ClientKeyId, "rsa-sha256", HttpRequestSigner.SignedHeaders, FixedVectors.Signature);

        // Act
        var result = await verifier.VerifyRequestAsync(
            parameters, FixedVectors.Method, FixedVectors.PathAndQuery, FixedVectors.GetHeader,
            (_, _) => ValueTask.FromResult<System.Security.Cryptography.RSA?>(key), TestContext.Current.CancellationToken);

        // Assert
        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task HttpRequestSigner_SignAsync_FixedRequest_MatchesOpenSslSignature()
    {
        // Arrange
        using var key = TestKeys.LoadClient();
        var signer = new HttpRequestSigner(key, null, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(FixedVectors.Now));
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://" + FixedVectors.Host + FixedVectors.PathAndQuery)
        {
            Content = new StringContent(FixedVectors.Body),
        };

        // Act
        var parameters = await signer.SignAsync(request, TestContext.Current.CancellationToken);

        // Assert: only the request id is random, so re-sign the fixed vector's id over the same headers.
        Assert.Equal(TestKeys.ClientKeyId, parameters.KeyId);
        Assert.Equal(FixedVectors.Date, HttpRequestSigner.GetHeader(request, "Date"));
        Assert.Equal(FixedVectors.Digest, HttpRequestSigner.GetHeader(request, "Digest"));
        Assert.Equal(FixedVectors.Host, request.Headers.Host);
        Assert.Equal("rsa-sha256", HttpRequestSigner.GetHeader(request, "Accept-Signature"));
        Assert.Equal("SHA-256", HttpRequestSigner.GetHeader(request, "Want-Digest"));
        Assert.True(RequestId.IsCanonical(HttpRequestSigner.GetHeader(request, "X-Request-Id")));
        Assert.StartsWith(
            $"Signature keyId=\"{TestKeys.ClientKeyId}\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest x-request-id\",signature=\"",
            HttpRequestSigner.GetHeader(request, "Authorization"),
            StringComparison.Ordinal);
        request.Headers.Remove("X-Request-Id");
        request.Headers.TryAddWithoutValidation("X-Request-Id", FixedVectors.RequestId);
        Assert.Equal(FixedVectors.Signature, signer.Sign("POST", FixedVectors.PathAndQuery, HttpRequestSigner.SignedHeaders, n => HttpRequestSigner.GetHeader(request, n)).Signature);
    }

    [Fact]
    public async Task HttpRequestSigner_SignAsync_NoContent_EmptyBodyDigest()
    {
        // Arrange
        using var key = TestKeys.LoadClient();
        var signer = new HttpRequestSigner(key, null, TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Get, "https://example.org:8443/x?y=1");

        // Act
        await signer.SignAsync(request, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(FixedVectors.EmptyDigest, HttpRequestSigner.GetHeader(request, "Digest"));
        Assert.Equal("example.org:8443", request.Headers.Host);
    }
}
