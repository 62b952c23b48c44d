using System.Globalization;
using System.Net;
using System.Text;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>Cross-checks request and response signatures with Joyent's http-signature, in both directions.</summary>
public sealed class HttpSignatureNodeCrossCheckTests(HttpSignatureNodeFixture node) : IClassFixture<HttpSignatureNodeFixture>
{
    // The fixed vectors are dated; http-signature checks dates against the real clock, so widen its window.
    private const int TenYearsInSeconds = 10 * 365 * 24 * 3600;

    private static readonly string[] RequiredRequestHeaders = ["(request-target)", "host", "date", "digest", "x-request-id"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Sign_FixedRequest_HttpSignatureProducesSameSignature()
    {
        // Arrange
        var input = new
        {
            method = FixedVectors.Method,
            path = FixedVectors.PathAndQuery,
            headers = new Dictionary<string, string>
            {
                ["Host"] = FixedVectors.Host,
                ["Date"] = FixedVectors.Date,
                ["Digest"] = FixedVectors.Digest,
                ["X-Request-Id"] = FixedVectors.RequestId,
            },
            privateKeyPem = await File.ReadAllTextAsync(TestKeys.ClientPrivatePemPath, Ct),
            keyId = TestKeys.ClientKeyId,
            signedHeaders = RequiredRequestHeaders,
        };

        // Act
        var output = await node.RunAsync("sign", input, Ct);

        // Assert
        Assert.True(SignatureParameters.TryGetFromAuthorization((string?)output["authorization"], out var list));
        Assert.True(SignatureParameters.TryParse(list, out var parameters, out _));
        Assert.Equal(FixedVectors.Signature, parameters.Signature);
        Assert.Equal("rsa-sha256", parameters.Algorithm);
    }

    [Fact]
    public async Task SignAsync_OurSignedRequest_VerifiesWithHttpSignature()
    {
        // Arrange
        using var key = TestKeys.LoadClient();
        var signer = new HttpRequestSigner(key, null, TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://ewp.example.org:8443/rest/echo?echo=%C5%BC&b=1")
        {
            Content = new StringContent("echo=node"),
        };
        await signer.SignAsync(request, Ct);
        var headers = new[] { "Host", "Date", "Digest", "X-Request-Id", "Authorization" }
            .ToDictionary(h => h.ToLowerInvariant(), h => HttpRequestSigner.GetHeader(request, h)!);
        var input = new
        {
            method = "POST",
            url = request.RequestUri!.PathAndQuery,
            headers,
            publicKeyPem = await File.ReadAllTextAsync(TestKeys.ClientPublicPemPath, Ct),
            requiredHeaders = RequiredRequestHeaders,
            clockSkewSeconds = 300,
        };

        // Act
        var output = await node.RunAsync("verify", input, Ct);

        // Assert
        Assert.True((bool?)output["verified"] == true, output.ToJsonString());
        Assert.Equal(TestKeys.ClientKeyId, (string?)output["keyId"]);
    }

    [Fact]
    public async Task Verify_TamperedRequest_RejectedByHttpSignature()
    {
        // Arrange: the negative control, so the positive cross-checks cannot pass vacuously.
        var input = new
        {
            method = FixedVectors.Method,
            url = FixedVectors.PathAndQuery + "&tampered=1",
            headers = new Dictionary<string, string>
            {
                ["host"] = FixedVectors.Host,
                ["date"] = FixedVectors.Date,
                ["digest"] = FixedVectors.Digest,
                ["x-request-id"] = FixedVectors.RequestId,
                ["authorization"] = $"Signature keyId=\"{TestKeys.ClientKeyId}\",algorithm=\"rsa-sha256\",headers=\"{string.Join(' ', RequiredRequestHeaders)}\",signature=\"{FixedVectors.Signature}\"",
            },
            publicKeyPem = await File.ReadAllTextAsync(TestKeys.ClientPublicPemPath, Ct),
            requiredHeaders = RequiredRequestHeaders,
            clockSkewSeconds = TenYearsInSeconds,
        };

        // Act
        var output = await node.RunAsync("verify", input, Ct);

        // Assert
        Assert.False((bool?)output["verified"]);
    }

    [Fact]
    public async Task Authenticate_RequestSignedByHttpSignature_Accepted()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        const string body = "echo=from-node";
        var headers = new Dictionary<string, string>
        {
            ["Host"] = server.Host,
            ["Date"] = server.Time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture),
            ["Digest"] = DigestHeader.Compute(Encoding.UTF8.GetBytes(body)),
            ["X-Request-Id"] = RequestId.New(),
        };
        var output = await node.RunAsync(
            "sign",
            new
            {
                method = "POST",
                path = "/echo?echo=ignored",
                headers,
                privateKeyPem = await File.ReadAllTextAsync(TestKeys.ClientPrivatePemPath, Ct),
                keyId = TestKeys.ClientKeyId,
                signedHeaders = new[] { "x-request-id", "(request-target)", "digest", "host", "date" },
            },
            Ct);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseAddress, "/echo?echo=ignored"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Host = server.Host;
        foreach (var name in new[] { "Date", "Digest", "X-Request-Id" })
        {
            request.Headers.TryAddWithoutValidation(name, headers[name]);
        }

        request.Headers.TryAddWithoutValidation("Authorization", (string)output["authorization"]!);

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Contains("echo=from-node", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_OurSignedResponse_VerifiesWithHttpSignature()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { AcceptSignature = "rsa-sha256" };
        using var request = spec.Build(server);
        using var response = await server.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headers = new[] { "Date", "Digest", "X-Request-Id", "X-Request-Signature", "Signature" }
            .ToDictionary(h => h.ToLowerInvariant(), h => SignedResponse.Header(response, h)!);

        // Act
        var output = await node.RunAsync(
            "verify",
            new
            {
                headers,
                publicKeyPem = await File.ReadAllTextAsync(TestKeys.ServerPublicPemPath, Ct),
                requiredHeaders = new[] { "date", "digest", "x-request-id" },
                clockSkewSeconds = TenYearsInSeconds,
            },
            Ct);

        // Assert
        Assert.True((bool?)output["verified"] == true, output.ToJsonString());
        Assert.Equal(TestKeys.ServerKeyId, (string?)output["keyId"]);
    }
}
