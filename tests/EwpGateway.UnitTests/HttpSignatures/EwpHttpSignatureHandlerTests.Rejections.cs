using System.Globalization;
using System.Net;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>The inbound scheme's rejections: each failure with its status code.</summary>
public partial class EwpHttpSignatureHandlerTests
{
    [Theory]
    [InlineData("(request-target)")]
    [InlineData("host")]
    [InlineData("date")]
    [InlineData("digest")]
    [InlineData("x-request-id")]
    public async Task Authenticate_RequiredHeaderNotSigned_Returns400(string leftOut)
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest();
        spec.SignedHeaders.Remove(leftOut);

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(leftOut == "date" ? "'date'" : $"'{leftOut}'", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_UnsupportedAlgorithm_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { Algorithm = "hmac-sha256" };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("hmac-sha256", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_ListedHeaderMissing_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { SignedHeaders = ["(request-target)", "host", "date", "digest", "x-request-id", "some-custom-header"] };
        spec.ExtraHeaders["Some-Custom-Header"] = "signed but not sent";
        spec.OmitHeaders.Add("Some-Custom-Header");

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("'some-custom-header' is listed", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_HostNotAccepted_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct, o => o.AcceptedHosts.Add("ewp.example.org"));
        var spec = new TestRequest();

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Host", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_AcceptedHost_Returns200()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct, o => o.AcceptedHosts.Add("ewp.example.org"));
        var spec = new TestRequest { Host = "EWP.example.org" };

        // Act
        var (status, _) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("F7FCB32498D94D9963406A4F2788347615FAD5BA5B4205D640B3625B8224A9F1")]
    [InlineData("not-a-fingerprint")]
    public async Task Authenticate_MalformedKeyId_Returns400(string keyId)
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { KeyId = keyId };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("keyId", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_MalformedParameters_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/echo", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Signature keyId=\"abc\",signature=unquoted");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Authenticate_UnknownKey_Returns403()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var unknown = System.Security.Cryptography.RSA.Create(2048);
        var spec = new TestRequest { Key = unknown, KeyId = KeyFingerprint.Compute(unknown) };

        // Act
        var (status, _) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Fact]
    public async Task Authenticate_ServerKeyInsteadOfClientKey_Returns403()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var serverKey = TestKeys.LoadServer();
        var spec = new TestRequest { Key = serverKey, KeyId = TestKeys.ServerKeyId };

        // Act
        var (status, _) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    [InlineData(-60 * 24)]
    public async Task Authenticate_DateOutsideWindow_Returns400(int minutes)
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { Date = Http(server.Time.GetUtcNow().AddMinutes(minutes)) };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("date header is", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_DateInsideWindow_Returns200()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { Date = Http(server.Time.GetUtcNow().AddMinutes(-4)) };

        // Act
        var (status, _) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Authenticate_UnparsableDate_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { Date = "yesterday" };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not an HTTP date", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("B9A8F7E6-5D4C-4B3A-9F8E-7D6C5B4A3F2E")]
    [InlineData("{b9a8f7e6-5d4c-4b3a-9f8e-7d6c5b4a3f2e}")]
    [InlineData("b9a8f7e65d4c4b3a9f8e7d6c5b4a3f2e")]
    public async Task Authenticate_NonCanonicalRequestId_Returns400(string requestId)
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { RequestId = requestId };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("X-Request-Id", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_InvalidSignature_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { TamperSignature = s => (s[0] == 'A' ? "B" : "A") + s[1..] };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("does not verify", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_SignedPathDiffersFromSentPath_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest();
        using var request = spec.Build(server);
        request.RequestUri = new Uri(server.BaseAddress, "/echo?echo=other");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Authenticate_ReplayedRequestId_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest();
        var (first, _) = await SendAsync(server, spec);

        // Act
        var (second, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.OK, first);
        Assert.Equal(HttpStatusCode.BadRequest, second);
        Assert.Contains("already used", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_RequestIdOfRejectedRequest_NotRecorded()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { TamperSignature = s => (s[0] == 'A' ? "B" : "A") + s[1..] };
        var (first, _) = await SendAsync(server, spec);
        spec.TamperSignature = null;

        // Act
        var (second, _) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, first);
        Assert.Equal(HttpStatusCode.OK, second);
    }

    internal static string Http(DateTimeOffset time) => time.ToString("r", CultureInfo.InvariantCulture);

    internal static async Task<(HttpStatusCode Status, string Body)> SendAsync(SignatureTestServer server, TestRequest spec)
    {
        using var request = spec.Build(server);
        using var response = await server.Client.SendAsync(request, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
