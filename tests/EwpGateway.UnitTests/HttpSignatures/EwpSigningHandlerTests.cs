using System.Net;
using System.Security.Cryptography;
using EwpGateway.HttpSignatures;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.UnitTests.HttpSignatures;

public class EwpSigningHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_RoundTrip_AuthenticatedAndResponseVerified()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time);

        // Act
        using var response = await client.GetAsync(new Uri("/echo?echo=x", UriKind.Relative), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("key=" + TestKeys.ClientKeyId, body, StringComparison.Ordinal);
        Assert.Contains("echo=x", body, StringComparison.Ordinal);
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task SendAsync_PostForm_RoundTrip()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time);
        using var form = new FormUrlEncodedContent([new("echo", "one"), new("echo", "two")]);

        // Act
        using var response = await client.PostAsync(new Uri("/echo", UriKind.Relative), form, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("echo=one,two", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ServerErrorResponse_StillVerifiedAndReturned()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time);

        // Act
        using var response = await client.GetAsync(new Uri("/teapot", UriKind.Relative), Ct);

        // Assert
        Assert.Equal((HttpStatusCode)418, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_TamperedResponseBody_Throws()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time, tamper: r => r.Content = new StringContent("tampered"));

        // Act
        var ex = await Assert.ThrowsAsync<HttpSignatureVerificationException>(() => client.GetAsync(new Uri("/echo", UriKind.Relative), Ct));

        // Assert
        Assert.Equal(HttpSignatureFailureReason.DigestMismatch, ex.Reason);
        Assert.Contains("Digest", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WrongServerKey_Throws()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var other = RSA.Create(2048);
        using var client = CreateClient(server, server.Time, serverKey: other);

        // Act
        var ex = await Assert.ThrowsAsync<HttpSignatureVerificationException>(() => client.GetAsync(new Uri("/echo", UriKind.Relative), Ct));

        // Assert
        Assert.Equal(HttpSignatureFailureReason.InvalidSignature, ex.Reason);
    }

    [Fact]
    public async Task SendAsync_ServerKeyNotTrusted_Throws()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time, trustServer: false);

        // Act
        var ex = await Assert.ThrowsAsync<HttpSignatureVerificationException>(() => client.GetAsync(new Uri("/echo", UriKind.Relative), Ct));

        // Assert
        Assert.Equal(HttpSignatureFailureReason.UnknownKey, ex.Reason);
    }

    [Fact]
    public async Task SendAsync_RequestIdNotEchoed_Throws()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time, tamper: r => r.Headers.Remove("X-Request-Id"));

        // Act
        var ex = await Assert.ThrowsAsync<HttpSignatureVerificationException>(() => client.GetAsync(new Uri("/echo", UriKind.Relative), Ct));

        // Assert
        Assert.Contains("x-request-id", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SendAsync_UnsignedResponseWhenRequired_Throws()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time, tamper: r => r.Headers.Remove("Signature"));

        // Act
        var ex = await Assert.ThrowsAsync<HttpSignatureVerificationException>(() => client.GetAsync(new Uri("/echo", UriKind.Relative), Ct));

        // Assert
        Assert.Equal(HttpSignatureFailureReason.MissingSignature, ex.Reason);
    }

    [Fact]
    public async Task SendAsync_UnsignedErrorStatusWhenRequired_ReturnedAsTheFailureItIs()
    {
        // Arrange: a proxy in front of the partner answers 418 without signing (as it would a 503)
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time, tamper: r => r.Headers.Remove("Signature"));

        // Act
        using var response = await client.GetAsync(new Uri("/teapot", UriKind.Relative), Ct);

        // Assert
        Assert.Equal((HttpStatusCode)418, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_UnsignedResponseWhenOptional_Returned()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var client = CreateClient(server, server.Time, tamper: r => r.Headers.Remove("Signature"), requireSigned: false);

        // Act
        using var response = await client.GetAsync(new Uri("/echo", UriKind.Relative), Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SendAsync_ClientClockAhead_Throws()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var clientTime = new FakeTimeProvider(server.Time.GetUtcNow().AddMinutes(10));
        using var client = CreateClient(server, clientTime);

        // Act
        var ex = await Assert.ThrowsAsync<HttpSignatureVerificationException>(() => client.GetAsync(new Uri("/echo", UriKind.Relative), Ct));

        // Assert
        Assert.Equal(HttpSignatureFailureReason.DateOutsideWindow, ex.Reason);
    }

    [Fact]
    public void Constructor_RequireSignedWithoutResolver_Throws() =>
        Assert.Throws<ArgumentException>(() => new EwpSigningHandler(new EwpSigningHandlerOptions { PrivateKey = RSA.Create(2048) }));

    private static HttpClient CreateClient(
        SignatureTestServer server,
        TimeProvider time,
        Action<HttpResponseMessage>? tamper = null,
        RSA? serverKey = null,
        bool trustServer = true,
        bool requireSigned = true)
    {
        var handler = new EwpSigningHandler(new EwpSigningHandlerOptions
        {
            PrivateKey = TestKeys.LoadClient(),
            ServerKeyResolver = new FakeServerKeyResolver(trustServer ? serverKey ?? TestKeys.Load(TestKeys.ServerPublicPemPath) : null, server.BaseAddress),
            TimeProvider = time,
            RequireSignedResponses = requireSigned,
        })
        {
            InnerHandler = new TamperingHandler(tamper) { InnerHandler = new SocketsHttpHandler() },
        };
        return new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    private sealed class FakeServerKeyResolver(RSA? key, Uri expectedBase) : IServerKeyResolver
    {
        public ValueTask<RSA?> ResolveAsync(string keyId, Uri requestUri, CancellationToken cancellationToken) =>
            ValueTask.FromResult(keyId == TestKeys.ServerKeyId && requestUri.Authority == expectedBase.Authority ? key : null);
    }

    private sealed class TamperingHandler(Action<HttpResponseMessage>? tamper) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            tamper?.Invoke(response);
            return response;
        }
    }
}
