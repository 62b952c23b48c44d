using System.Globalization;
using System.Net;
using EwpGateway.HttpSignatures;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// Bodies over what the gateway reads (1 MiB, <see cref="EwpHttpSignatureDefaults.MaxBodySize"/>): announced by
/// Content-Length or streamed chunked without end, signed (413 once the limit is passed, nothing more read) or unsigned
/// (401 without reading the body), and headers over Kestrel's limit. Nothing is stored and the gateway keeps serving.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class OversizedBodyTests(SecurityGateway gateway)
{
    private const int Limit = (int)EwpHttpSignatureDefaults.MaxBodySize;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> PostPaths => [.. InputEndpoint.All.Select(e => e.Path), "/ewp/omobilities/update"];

    [Theory]
    [MemberData(nameof(PostPaths))]
    public async Task Post_SignedBodyOneByteOverTheLimit_413AndNothingStored(string path)
    {
        var before = await gateway.SnapshotAsync(Ct);
        var form = "x=" + new string('a', Limit - 1);

        var response = await gateway.SendAsync(SignedRaw.Form(gateway, path, form), Ct);

        Assert.Contains(Limit.ToString(CultureInfo.InvariantCulture), await Refusal.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, Ct), StringComparison.Ordinal);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Fact]
    public async Task Post_SignedBodyExactlyAtTheLimit_NotRefusedForItsSize()
    {
        var form = "iia_id=1&x=" + new string('a', Limit - 11);

        var response = await gateway.SendAsync(SignedRaw.Form(gateway, "/ewp/iia-cnr", form), Ct);

        // A CNR receiver ignores parameters it does not know: only the size could refuse this one, and it does not.
        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Post_ChunkedBodyOf64MiB_RefusedEarlyAndNothingStored(bool signed)
    {
        var before = await gateway.SnapshotAsync(Ct);
        var request = SignedRaw.Form(gateway, "/ewp/iia-cnr", "");
        var headers = signed
            ? request.Headers().Select(h => (h.Name, RawHttp.Ascii(h.Value))).ToList()
            : [("Host", RawHttp.Ascii(gateway.BaseAddress.Authority)), ("Content-Type", RawHttp.Ascii("application/x-www-form-urlencoded"))];
        headers.Add(("Transfer-Encoding", RawHttp.Ascii("chunked")));

        var response = await RawHttp.SendAsync(gateway.BaseAddress, "POST", "/ewp/iia-cnr", headers, RawHttp.Chunked(64L * 1024 * 1024), Ct);

        Refusal.Assert(response, signed ? HttpStatusCode.RequestEntityTooLarge : HttpStatusCode.Unauthorized);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
        await gateway.AssertServesAsync(Ct);
    }

    [Fact]
    public async Task Post_UnsignedBodyAnnouncedAt8MiB_401WithoutReadingIt()
    {
        var before = await gateway.SnapshotAsync(Ct);
        var body = new byte[8 * 1024 * 1024];
        Array.Fill(body, (byte)'a');
        List<(string, byte[])> headers =
        [
            ("Host", RawHttp.Ascii(gateway.BaseAddress.Authority)),
            ("Content-Type", RawHttp.Ascii("application/x-www-form-urlencoded")),
            ("Content-Length", RawHttp.Ascii(body.Length.ToString(CultureInfo.InvariantCulture))),
        ];

        var response = await RawHttp.SendAsync(gateway.BaseAddress, "POST", "/ewp/iia-cnr", headers, RawHttp.Body(body), Ct);

        Refusal.Assert(response, HttpStatusCode.Unauthorized);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Fact]
    public async Task Get_HeadersOverKestrelsLimit_431FromKestrelAndStillServing()
    {
        // Kestrel refuses this before the gateway sees it: an empty 431, the one kind of refusal without an error-response.
        List<(string, byte[])> headers = [("Host", RawHttp.Ascii(gateway.BaseAddress.Authority))];
        headers.AddRange(Enumerable.Range(0, 40).Select(i => ($"X-Filler-{i}", RawHttp.Ascii(new string('f', 1000)))));

        var response = await RawHttp.SendAsync(gateway.BaseAddress, "GET", "/ewp/echo", headers, null, Ct);

        Assert.Equal((int)HttpStatusCode.RequestHeaderFieldsTooLarge, response.Status);
        await gateway.AssertServesAsync(Ct);
    }
}
