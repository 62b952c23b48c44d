using System.Net;
using System.Security.Cryptography.X509Certificates;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Infrastructure.Authentication;

/// <summary>A client certificate passed on by a TLS-terminating proxy in a configured header.</summary>
public sealed class ForwardedClientCertificateTests : IAsyncLifetime
{
    private const string Header = "X-Client-Cert";
    private readonly X509Certificate2 _registered = TestCertificates.SelfSigned("validator-client", server: false);
    private TestNetwork _network = null!;
    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _network = new TestNetwork(_registered);
        var settings = _network.GatewaySettings();
        settings["Ewp:ClientCertificates:ForwardedHeaderName"] = Header;
        _factory = new GatewayFactory(settings);
        _client = new HttpClient { BaseAddress = _factory.Start() };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _network.Dispose();
        _registered.Dispose();
    }

    public static TheoryData<string> Encodings => new() { "der-base64", "pem", "url-encoded-pem" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public async Task Echo_RegisteredCertificateInHeader_200(string encoding)
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ewp/echo?echo=x");
        request.Headers.Add(Header, Encode(_registered, encoding));

        var response = await _client.SendAsync(request, ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Contains(TestNetwork.ValidatorHeiIds[0], XmlAssert.Valid(body, XmlAssert.EchoXsd).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Echo_UnregisteredCertificateInHeader_403()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stranger = TestCertificates.SelfSigned("stranger", server: false);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ewp/echo");
        request.Headers.Add(Header, Encode(stranger, "der-base64"));

        var response = await _client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Echo_GarbageInCertificateHeader_401NotAuthenticated()
    {
        var ct = TestContext.Current.CancellationToken;
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ewp/echo");
        request.Headers.Add(Header, "not-a-certificate");

        var response = await _client.SendAsync(request, ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    private static string Encode(X509Certificate2 certificate, string encoding) => encoding switch
    {
        "der-base64" => Convert.ToBase64String(certificate.RawData),
        "pem" => certificate.ExportCertificatePem().ReplaceLineEndings(" "),
        _ => Uri.EscapeDataString(certificate.ExportCertificatePem()),
    };
}
