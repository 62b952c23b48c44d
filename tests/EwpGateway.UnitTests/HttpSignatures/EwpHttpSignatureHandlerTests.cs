using System.Globalization;
using System.Net;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

public partial class EwpHttpSignatureHandlerTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Authenticate_NoAuthorization_Returns401WithChallenge()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);

        // Act
        using var response = await server.Client.GetAsync(new Uri("/echo", UriKind.Relative), Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Signature realm=\"EWP\"", Assert.Single(response.Headers.WwwAuthenticate).ToString());
        Assert.Equal("SHA-256", Assert.Single(response.Headers.GetValues("Want-Digest")));
    }

    [Fact]
    public async Task Authenticate_OtherScheme_Returns401WithChallenge()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/echo", UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer abc");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Single(response.Headers.WwwAuthenticate);
    }

    [Fact]
    public async Task Authenticate_ValidGet_Returns200WithClaims()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest();

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("key=" + TestKeys.ClientKeyId, body, StringComparison.Ordinal);
        Assert.Contains("method=httpsig", body, StringComparison.Ordinal);
        Assert.Contains("heis=uw.edu.pl,uo.edu.pl", body, StringComparison.Ordinal);
        Assert.Contains("echo=a,b", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_PostForm_BodyStillReadableByEndpoint()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { Method = "POST", PathAndQuery = "/echo", Body = "echo=x&echo=y%20z" };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("echo=x,y z", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_OriginalDateInsteadOfDate_Returns200()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest
        {
            OriginalDate = Http(server.Time.GetUtcNow()),
            SignedHeaders = ["(request-target)", "host", "original-date", "digest", "x-request-id"],
        };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.True(status == HttpStatusCode.OK, body);
    }

    [Fact]
    public async Task Authenticate_BothDatesSignedOneStale_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest
        {
            Date = Http(server.Time.GetUtcNow()),
            OriginalDate = Http(server.Time.GetUtcNow().AddMinutes(-20)),
            SignedHeaders = ["(request-target)", "host", "date", "original-date", "digest", "x-request-id"],
        };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("original-date", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_ReorderedHeaders_Returns200()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { SignedHeaders = ["x-request-id", "digest", "date", "host", "(request-target)"] };

        // Act
        var (status, _) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task Authenticate_ExtraSignedHeader_Returns200()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { SignedHeaders = ["(request-target)", "host", "date", "digest", "x-request-id", "some-custom-header"] };
        spec.ExtraHeaders["Some-Custom-Header"] = "Value";

        // Act
        var (status, _) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("SHA-256={0}")]
    [InlineData("shA-256={0}")]
    [InlineData("SHA=2jmj7l5rSw0yVb/vlWAYkK/YBwk=, SHA-256={0}")]
    [InlineData("SHA-256={0},SHA-512=z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==")]
    public async Task Authenticate_DigestVariants_Returns200(string digestFormat)
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var sha256 = DigestHeader.Compute([])["SHA-256=".Length..];
        var spec = new TestRequest { Digest = string.Format(CultureInfo.InvariantCulture, digestFormat, sha256) };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.True(status == HttpStatusCode.OK, body);
    }

    [Theory]
    [InlineData("SHA=2jmj7l5rSw0yVb/vlWAYkK/YBwk=", "SHA-1")]
    [InlineData("SHA-256=e+BQq5EbOL4ItNXBFJ0OWXE9zVgpowo5zQD/5i+/+Xg=", "does not match")]
    [InlineData("SHA-512=z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==", "no SHA-256")]
    public async Task Authenticate_BadDigest_Returns400(string digest, string expectedMessage)
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { Digest = digest };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expectedMessage, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_PostBodyChangedAfterSigning_Returns400()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var spec = new TestRequest { Method = "POST", PathAndQuery = "/echo", Body = "echo=x", Digest = DigestHeader.Compute("echo=y"u8) };

        // Act
        var (status, body) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Digest header does not match the SHA-256 of the body", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_BodyOverLimit_Returns413()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct, o => o.MaxBodySize = 16);
        var spec = new TestRequest { Method = "POST", PathAndQuery = "/echo", Body = new string('a', 17) };

        // Act
        var (status, _) = await SendAsync(server, spec);

        // Assert
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }
}
