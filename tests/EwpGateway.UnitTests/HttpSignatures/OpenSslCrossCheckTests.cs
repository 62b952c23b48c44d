using System.Globalization;
using System.Net;
using System.Text;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>Cross-checks rsa-sha256 signatures with <c>openssl dgst -sha256 -sign/-verify</c>, in both directions.</summary>
public sealed class OpenSslCrossCheckTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);
    private readonly string _work = Directory.CreateTempSubdirectory("ewp-httpsig-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task SignAsync_OurSignature_VerifiesWithOpenSsl()
    {
        // Arrange
        using var key = TestKeys.LoadClient();
        var signer = new HttpRequestSigner(key, null, TimeProvider.System);
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://ewp.example.org/rest/echo?x=%C3%A9")
        {
            Content = new StringContent("echo=" + Guid.NewGuid()),
        };
        var parameters = await signer.SignAsync(request, Ct);
        Assert.True(SigningString.TryBuild(
            parameters.Headers, n => HttpRequestSigner.GetHeader(request, n), "POST", request.RequestUri!.PathAndQuery, out var signingString, out _));
        var data = Path.Combine(_work, "signing-string.txt");
        var signature = Path.Combine(_work, "signature.bin");
        await File.WriteAllTextAsync(data, signingString, new UTF8Encoding(false), Ct);
        await File.WriteAllBytesAsync(signature, Convert.FromBase64String(parameters.Signature), Ct);

        // Act
        var result = await ExternalTool.RunAsync(
            "openssl", ["dgst", "-sha256", "-verify", TestKeys.ClientPublicPemPath, "-signature", signature, data], null, null, Timeout, Ct);

        // Assert
        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        Assert.Contains("Verified OK", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authenticate_OpenSslSignature_AcceptedByInboundScheme()
    {
        // Arrange
        await using var server = await SignatureTestServer.StartAsync(Ct);
        var requestId = RequestId.New();
        var date = server.Time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        const string body = "echo=openssl";
        var digest = DigestHeader.Compute(Encoding.UTF8.GetBytes(body));
        var signingString =
            $"(request-target): post /echo\nhost: {server.Host}\ndate: {date}\ndigest: {digest}\nx-request-id: {requestId}";
        var data = Path.Combine(_work, "signing-string.txt");
        var signature = Path.Combine(_work, "signature.bin");
        await File.WriteAllTextAsync(data, signingString, new UTF8Encoding(false), Ct);
        var signed = await ExternalTool.RunAsync(
            "openssl", ["dgst", "-sha256", "-sign", TestKeys.ClientPrivatePemPath, "-out", signature, data], null, null, Timeout, Ct);
        Assert.True(signed.ExitCode == 0, signed.StandardError);
        var base64 = Convert.ToBase64String(await File.ReadAllBytesAsync(signature, Ct));

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server.BaseAddress, "/echo"))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Host = server.Host;
        request.Headers.TryAddWithoutValidation("Date", date);
        request.Headers.TryAddWithoutValidation("Digest", digest);
        request.Headers.TryAddWithoutValidation("X-Request-Id", requestId);
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            $"Signature keyId=\"{TestKeys.ClientKeyId}\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest x-request-id\",signature=\"{base64}\"");

        // Act
        using var response = await server.Client.SendAsync(request, Ct);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("echo=openssl", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
