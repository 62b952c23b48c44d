using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Infrastructure.Protocol;

/// <summary>Bad input on /ewp gets an <c>error-response</c> that says what was wrong, signed when asked.</summary>
public sealed class EwpErrorResponseTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Echo_BodyOverTheLimit_413()
    {
        var response = await SendSignedBodyAsync(new byte[2 * 1024 * 1024], "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Echo_PostWithXmlBody_415NamingTheContentType()
    {
        var response = await SendSignedBodyAsync(Encoding.UTF8.GetBytes("<echo>x</echo>"), "text/xml");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var message = XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Contains("text/xml", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_ValueXmlCannotCarry_400()
    {
        var request = new EwpRequest
        {
            Path = "/ewp/echo",
            Parameters = [new("echo", "bell\u0007")],
            Key = gateway.Network.ValidatorClient,
            Time = TimeProvider.System.GetUtcNow(),
        };

        var response = await gateway.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("echo", XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> SendSignedBodyAsync(byte[] body, string contentType)
    {
        // Sign the real body so that only the size or the content type can be what is rejected.
        var key = gateway.Network.ValidatorClient;
        var date = TimeProvider.System.GetUtcNow().ToString("r", System.Globalization.CultureInfo.InvariantCulture);
        var requestId = Guid.NewGuid().ToString("D");
        var digest = "SHA-256=" + Convert.ToBase64String(SHA256.HashData(body));
        var host = gateway.BaseAddress.Authority;
        var signingString = $"(request-target): post /ewp/echo\nhost: {host}\ndate: {date}\ndigest: {digest}\nx-request-id: {requestId}";
        var signature = Convert.ToBase64String(key.Rsa.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/ewp/echo") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation("Date", date);
        request.Headers.TryAddWithoutValidation("Digest", digest);
        request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"Signature keyId=\"{key.KeyId}\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest x-request-id\",signature=\"{signature}\"");
        return await gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
