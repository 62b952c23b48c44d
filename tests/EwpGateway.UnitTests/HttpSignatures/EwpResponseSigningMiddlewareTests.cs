using System.Net;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

public class EwpResponseSigningMiddlewareTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Invoke_AcceptSignatureRsaSha256_SignsResponse()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/public", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Signature", "RSA-SHA256");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parameters = await SignedResponse.AssertValidAsync(response, server.Time, Ct);
        Assert.Equal(["date", "digest"], parameters.Headers);
        Assert.Equal(EwpHttpSignatureHandlerTests.Http(server.Time.GetUtcNow()), SignedResponse.Header(response, "Date"));
        Assert.Equal(6, response.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Invoke_ErrorWrittenByLaterMiddleware_SignsResponse()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/teapot", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Signature", "rsa-sha256");
        request.Headers.TryAddWithoutValidation("X-Request-Id", "b9a8f7e6-5d4c-4b3a-9f8e-7d6c5b4a3f2e");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        var parameters = await SignedResponse.AssertValidAsync(response, server.Time, Ct);
        Assert.Equal(["date", "digest", "x-request-id"], parameters.Headers);
    }

    [Fact]
    public async Task Invoke_AuthenticationChallenge_SignsResponseWithChallengeHeaders()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/echo", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Signature", "rsa-sha256");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(response.Headers.WwwAuthenticate);
        await SignedResponse.AssertValidAsync(response, server.Time, Ct);
    }

    [Theory]
    [InlineData("unknown")]
    [InlineData("hmac-sha256, rsa-sha512")]
    public async Task Invoke_NoKnownAlgorithm_LeavesResponseUnsigned(string acceptSignature)
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/public", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Signature", acceptSignature);

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(SignedResponse.Header(response, "Signature"));
        Assert.Null(SignedResponse.Header(response, "Digest"));
    }

    [Fact]
    public async Task Invoke_KnownAndUnknownAlgorithm_SignsResponse()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/public", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Signature", "rsa-sha256, unknown-algorithm");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        await SignedResponse.AssertValidAsync(response, server.Time, Ct);
    }

    [Fact]
    public async Task Invoke_SignedRequest_EchoesRequestIdAndSignature()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { AcceptSignature = "rsa-sha256" };
        using var request = spec.Build(server);
        SignatureParameters.TryGetFromAuthorization(request.Headers.Authorization!.ToString(), out var list);
        SignatureParameters.TryParse(list, out var sent, out _);

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var parameters = await SignedResponse.AssertValidAsync(response, server.Time, Ct);
        Assert.Equal(["date", "digest", "x-request-id", "x-request-signature"], parameters.Headers);
        Assert.Equal(spec.RequestId, SignedResponse.Header(response, "X-Request-Id"));
        Assert.Equal(sent!.Signature, SignedResponse.Header(response, "X-Request-Signature"));
    }

    [Fact]
    public async Task Invoke_RejectedButParsableSignature_StillEchoesSignature()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { AcceptSignature = "rsa-sha256", Digest = "SHA=2jmj7l5rSw0yVb/vlWAYkK/YBwk=" };
        using var request = spec.Build(server);

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var parameters = await SignedResponse.AssertValidAsync(response, server.Time, Ct);
        Assert.Contains("x-request-signature", parameters.Headers);
    }

    [Fact]
    public async Task Invoke_LargeStreamedResponse_SignedWithCorrectDigestAndLength()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/large", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept-Signature", "rsa-sha256");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(40 * 64 * 1024, response.Content.Headers.ContentLength);
        await SignedResponse.AssertValidAsync(response, server.Time, Ct);
    }
}
