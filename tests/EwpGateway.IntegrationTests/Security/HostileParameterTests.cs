using System.Net;
using System.Text;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// Parameters no EWP value can hold, on every endpoint that takes parameters (GET query and POST form): characters XML
/// 1.0 cannot carry, invalid UTF-8, enormous id lists, forms over the reader's limits, bodies that are not forms. Each is a
/// 4xx <c>error-response</c> and stores nothing (PostgreSQL refuses U+0000, which once made these a 500).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class HostileParameterTests(SecurityGateway gateway)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> Endpoints => InputEndpoint.AllWithMethods();

    public static TheoryData<string, string> IdEndpoints => InputEndpoint.WithIdsAndMethods();

    public static TheoryData<string> IdPaths => [.. InputEndpoint.WithIds.Select(e => e.Path)];

    public static TheoryData<string> GetIdPaths => [.. InputEndpoint.WithIds.Where(e => !e.PostOnly).Select(e => e.Path)];

    public static TheoryData<string> Paths => [.. InputEndpoint.All.Select(e => e.Path)];

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_CharacterXmlCannotCarry_400NamingItAndNothingStored(string path, string method)
    {
        var endpoint = InputEndpoint.Of(path);
        var before = await gateway.SnapshotAsync(Ct);

        foreach (var (value, shown) in new[] { ("a\u0000b", "U+0000"), ("x\u0001", "U+0001"), ("\u001b[31m", "U+001B"), ("\uFFFE", "U+FFFE") })
        {
            var response = await gateway.SendAsync(new EwpRequest { Method = method, Path = path, Parameters = endpoint.With(value), Key = gateway.Network.ValidatorClient }, Ct);

            var message = await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct);
            Assert.Contains(endpoint.Parameter, message, StringComparison.Ordinal);
            Assert.Contains(shown, message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Request_InvalidUtf8_400AndNothingStored(string path, string method)
    {
        var endpoint = InputEndpoint.Of(path);
        var before = await gateway.SnapshotAsync(Ct);
        var fixedPart = string.Concat(endpoint.Fixed.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}&"));

        // A lone continuation byte, a bad continuation, an encoded surrogate, a 5-byte form, an overlong '/'.
        foreach (var invalid in new[] { "%80", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80", "%C0%AF" })
        {
            var parameters = $"{fixedPart}{endpoint.Parameter}=a{invalid}";
            var request = method == "GET"
                ? new SignedRaw { Method = "GET", Target = $"{path}?{parameters}", ContentType = null, Key = gateway.Network.ValidatorClient, Host = gateway.BaseAddress.Authority }
                : SignedRaw.Form(gateway, path, parameters);

            var response = await RawHttp.SendAsync(gateway.BaseAddress, method, request.Target, request.RawHeaders(), RawHttp.Body(request.Body), Ct);

            Assert.Contains("UTF-8", Refusal.Assert(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
        }

        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task Post_RawBytesThatAreNotUtf8_400(string path)
    {
        var endpoint = InputEndpoint.Of(path);
        var body = Encoding.ASCII.GetBytes(string.Concat(endpoint.Fixed.Select(p => $"{p.Key}={p.Value}&")) + endpoint.Parameter + "=")
            .Concat(new byte[] { 0xff, 0xfe, 0xc3 }).ToArray();

        var response = await gateway.SendAsync(SignedRaw.Form(gateway, path, "") with { Body = body }, Ct);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct);
    }

    [Theory]
    [MemberData(nameof(IdPaths))]
    public async Task Post_EnormousIdList_400AndNothingStored(string path)
    {
        var endpoint = InputEndpoint.Of(path);
        var before = await gateway.SnapshotAsync(Ct);

        // 1000 ids is far over every max-*-ids; 5000 is also over the form reader's 1024 values (which once made a 500).
        foreach (var count in new[] { 1000, 5000 })
        {
            var form = string.Join('&', endpoint.With(Enumerable.Range(0, count).Select(i => "id-" + i)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));

            var response = await gateway.SendAsync(SignedRaw.Form(gateway, path, form), Ct);

            await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct);
        }

        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(GetIdPaths))]
    public async Task Get_IdListFillingTheRequestLine_400(string path)
    {
        var endpoint = InputEndpoint.Of(path);
        var response = await gateway.SendAsync(new EwpRequest { Path = path, Parameters = endpoint.With(Enumerable.Range(0, 300).Select(i => "i" + i)), Key = gateway.Network.ValidatorClient }, Ct);

        Assert.Contains("Too many", await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_RequestLineOverKestrelsLimit_414FromKestrelAndStillServing()
    {
        // Kestrel answers this itself (empty body) before the gateway sees the request: the one refusal without an error-response.
        var target = "/ewp/iias/get?" + string.Join('&', Enumerable.Range(0, 2000).Select(i => "iia_id=" + i));

        var response = await RawHttp.SendAsync(gateway.BaseAddress, "GET", target, [("Host", RawHttp.Ascii(gateway.BaseAddress.Authority))], null, Ct);

        Assert.Equal((int)HttpStatusCode.RequestUriTooLong, response.Status);
        await gateway.AssertServesAsync(Ct);
    }

    [Theory]
    [MemberData(nameof(IdPaths))]
    public async Task Post_FormNameOverTheReadersLimit_400(string path)
    {
        var response = await gateway.SendAsync(SignedRaw.Form(gateway, path, new string('k', 3000) + "=1"), Ct);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct);
    }

    public static TheoryData<string, string> NotForms => new()
    {
        { "multipart/form-data; boundary=b", "--b\r\nContent-Disposition: form-data; name=\"iia_id\"\r\n\r\n1\r\n--b--\r\n" },
        { "multipart/form-data", "--b\r\n" },
        { "application/json", "{\"iia_id\":\"1\"}" },
        { "text/xml", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>" },
        { "text/plain", "iia_id=1" },
        { ";;;==", "iia_id=1" },
    };

    [Theory]
    [MemberData(nameof(NotForms))]
    public async Task Post_BodyThatIsNotAForm_415OnEveryEndpointAndNothingStored(string contentType, string body)
    {
        var before = await gateway.SnapshotAsync(Ct);

        foreach (var endpoint in InputEndpoint.All)
        {
            var response = await gateway.SendAsync(SignedRaw.Form(gateway, endpoint.Path, body) with { ContentType = contentType }, Ct);

            await Refusal.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, Ct);
        }

        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Fact]
    public async Task Get_ParameterNameWithControlCharacter_400WithTheCharacterSpelledOut()
    {
        var target = "/ewp/iias/get?%01%07=x";
        var request = new SignedRaw { Method = "GET", Target = target, ContentType = null, Key = gateway.Network.ValidatorClient, Host = gateway.BaseAddress.Authority };

        var response = await RawHttp.SendAsync(gateway.BaseAddress, "GET", target, request.RawHeaders(), null, Ct);

        Assert.Contains("\\u0001\\u0007", Refusal.Assert(response, HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}
