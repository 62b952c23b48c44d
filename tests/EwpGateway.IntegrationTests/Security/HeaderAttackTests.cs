using System.Net;
using System.Text;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// Header injection and ambiguous headers, sent byte for byte to a change-notification receiver (where a request that got
/// through would store an inbox row): CR, LF, obs-fold and NUL inside values, headers repeated with different values,
/// and values the gateway would echo (X-Request-Id, the request's signature) holding control or non-ASCII characters.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class HeaderAttackTests(SecurityGateway gateway)
{
    private const string Path = "/ewp/iia-cnr";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("bare CR", "a\rInjected: x")]
    [InlineData("obs-fold", "a\r\n folded")]
    [InlineData("NUL", "a\0b")]
    public async Task Post_MalformedHeaderLine_400FromKestrelNothingStored(string what, string value)
    {
        // Kestrel refuses these lines itself (empty body): the request never reaches the gateway.
        var before = await gateway.SnapshotAsync(Ct);

        var response = await SendCnrAsync(headers => headers.Insert(1, ("X-Note", Encoding.Latin1.GetBytes(value))));

        Assert.True(response.Status == (int)HttpStatusCode.BadRequest, what);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
        await gateway.AssertServesAsync(Ct);
    }

    [Fact]
    public async Task Post_LineFeedSmugglingASecondAuthorization_400AndNothingStored()
    {
        // Kestrel takes a bare LF for the end of a line, so this value becomes a header of its own: two Authorization headers.
        var before = await gateway.SnapshotAsync(Ct);

        var response = await SendCnrAsync(headers =>
            headers.Insert(1, ("X-Note", RawHttp.Ascii("a\nAuthorization: Signature keyId=\"evil\",signature=\"x\""))));

        Assert.Contains("Authorization", Refusal.Assert(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Theory]
    [InlineData("the same signature twice")]
    [InlineData("a Basic one besides")]
    [InlineData("an empty Signature besides")]
    public async Task Post_AuthorizationRepeated_400AndNothingStored(string second)
    {
        var before = await gateway.SnapshotAsync(Ct);

        var response = await SendCnrAsync(headers => headers.Add(("Authorization", second switch
        {
            "the same signature twice" => headers.Single(h => h.Name == "Authorization").Value,
            "a Basic one besides" => RawHttp.Ascii("Basic dXNlcjpwYXNz"),
            _ => RawHttp.Ascii("Signature x=\"y\""),
        })));

        Assert.Contains("sent 2 times", Refusal.Assert(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Theory]
    [InlineData("X-Request-Id")]
    [InlineData("Digest")]
    [InlineData("Date")]
    public async Task Post_SignedHeaderRepeatedWithAnotherValue_400AndNothingStored(string name)
    {
        var before = await gateway.SnapshotAsync(Ct);
        var other = name switch
        {
            "X-Request-Id" => Guid.NewGuid().ToString(),
            "Digest" => "SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=",
            _ => "Thu, 01 Jan 1970 00:00:00 GMT",
        };

        var response = await SendCnrAsync(headers => headers.Add((name, RawHttp.Ascii(other))));

        Refusal.Assert(response, HttpStatusCode.BadRequest);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Fact]
    public async Task Post_HostRepeated_400FromKestrel()
    {
        var response = await SendCnrAsync(headers => headers.Add(("Host", RawHttp.Ascii("evil.example.org"))));

        Assert.Equal((int)HttpStatusCode.BadRequest, response.Status);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'a', 0x01, (byte)'b' })]
    [InlineData(new byte[] { (byte)'c', (byte)'a', (byte)'f', 0xc3, 0xa9 })]
    [InlineData(new byte[] { 0x7f })]
    public async Task Get_EchoedRequestIdNotAHeaderValue_RefusedSignedAndNotEchoed(byte[] requestId)
    {
        // The response signer echoes X-Request-Id; Kestrel accepts these bytes in a request but refuses them in a response,
        // which once turned the refusal into a bare 500.
        List<(string, byte[])> headers =
        [
            ("Host", RawHttp.Ascii(gateway.BaseAddress.Authority)),
            ("Accept-Signature", RawHttp.Ascii("rsa-sha256")),
            ("X-Request-Id", requestId),
        ];

        var response = await RawHttp.SendAsync(gateway.BaseAddress, "GET", "/ewp/echo?echo=x", headers, null, Ct);

        Refusal.Assert(response, HttpStatusCode.Unauthorized);
        Assert.True(response.Headers.ContainsKey("Signature"), "the refusal is signed");
        Assert.False(response.Headers.ContainsKey("X-Request-Id"));
    }

    [Fact]
    public async Task Get_RequestSignatureNotAHeaderValue_RefusedSignedAndNotEchoed()
    {
        List<(string, byte[])> headers =
        [
            ("Host", RawHttp.Ascii(gateway.BaseAddress.Authority)),
            ("Accept-Signature", RawHttp.Ascii("rsa-sha256")),
            ("Authorization", [.. RawHttp.Ascii("Signature keyId=\"k\",algorithm=\"rsa-sha256\",signature=\"\u0001"), 0xc3, 0xa9, (byte)'"']),
        ];

        var response = await RawHttp.SendAsync(gateway.BaseAddress, "GET", "/ewp/echo?echo=x", headers, null, Ct);

        Refusal.Assert(response, HttpStatusCode.BadRequest);
        Assert.True(response.Headers.ContainsKey("Signature"), "the refusal is signed");
        Assert.False(response.Headers.ContainsKey("X-Request-Signature"));
    }

    /// <summary>Sends a signed IIA CNR for a fresh id, its headers changed by <paramref name="tamper"/> after signing.</summary>
    private Task<RawResponse> SendCnrAsync(Action<List<(string Name, byte[] Value)>> tamper)
    {
        var request = SignedRaw.Form(gateway, Path, "iia_id=" + Guid.NewGuid());
        var headers = request.RawHeaders();
        tamper(headers);
        return RawHttp.SendAsync(gateway.BaseAddress, "POST", Path, headers, RawHttp.Body(request.Body), Ct);
    }
}
