using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// The settings the README's security notes rely on, on one gateway: <c>Ewp:PublicBaseUrl</c> makes its host the only
/// Host a signed request may name (no replay of a request signed for another server); <c>Ewp:Keys:Next*KeyPath</c>
/// publishes the keys being rolled in next to the ones in use, which still sign; <c>Ewp:ClientCertificates:TrustedProxies</c>
/// decides whose forwarded certificate header is believed.
/// </summary>
public sealed class TrustSettingsTests : IAsyncLifetime
{
    private const string PublicHost = "ewp.gateway.example";
    private const string CertificateHeader = "X-Client-Cert";
    private static readonly XNamespace Manifest = "https://github.com/erasmus-without-paper/ewp-specs-api-discovery/tree/stable-v6";

    private readonly X509Certificate2 _certificate = TestCertificates.SelfSigned("validator-client", server: false);
    private readonly TestKey _nextClient = new();
    private readonly TestKey _nextServer = new();
    private TestNetwork _network = null!;
    private GatewayFactory _factory = null!;
    private Uri _address = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _network = new TestNetwork(_certificate);
        var nextClient = Path.Combine(_network.Folder, "next-client.pem");
        var nextServer = Path.Combine(_network.Folder, "next-server-public.pem");
        File.WriteAllText(nextClient, _nextClient.PrivateKeyPem);
        File.WriteAllText(nextServer, _nextServer.Rsa.ExportSubjectPublicKeyInfoPem());
        var settings = _network.GatewaySettings();
        settings["Ewp:PublicBaseUrl"] = $"https://{PublicHost}/";
        settings["Ewp:Keys:NextClientKeyPath"] = nextClient;
        settings["Ewp:Keys:NextServerKeyPath"] = nextServer;
        settings["Ewp:ClientCertificates:ForwardedHeaderName"] = CertificateHeader;
        settings["Ewp:ClientCertificates:TrustedProxies:0"] = "10.0.0.0/8";
        _factory = new GatewayFactory(settings);
        _address = _factory.Start();
        _client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(30) };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _network.Dispose();
        _certificate.Dispose();
    }

    [Fact]
    public async Task Echo_SignedForTheHostOfPublicBaseUrl_200()
    {
        var response = await SendEchoAsync(PublicHost);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("partner-host.example")]
    [InlineData("ewp.gateway.example.evil.example")]
    public async Task Echo_SignedForAnotherHost_400AsAReplayFromElsewhere(string host)
    {
        var response = await SendEchoAsync(host);

        Assert.Contains(host, await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Manifest_NextKeysConfigured_PublishesBothKeysOfEachKind()
    {
        var manifest = XmlAssert.Valid(await _client.GetStringAsync("/ewp/manifest", Ct), XmlAssert.ManifestXsd);

        Assert.Equal(Published(_network.GatewayClient, _nextClient), Keys(manifest, "client-credentials-in-use"));
        Assert.Equal(Published(_network.GatewayServer, _nextServer), Keys(manifest, "server-credentials-in-use"));
    }

    [Fact]
    public async Task Echo_NextKeysConfigured_StillSignedWithTheKeyInUse()
    {
        var response = await SendEchoAsync(PublicHost);

        Assert.Null(await SignedResponse.ProblemAsync(response, _network.GatewayServer, null, null, Ct));
    }

    [Fact]
    public async Task Echo_ForwardedCertificateFromAPeerNotTrusted_IgnoredSo401()
    {
        // The registered certificate in the header, but sent from 127.0.0.1, not from 10.0.0.0/8: anyone could send it.
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ewp/echo?echo=x");
        request.Headers.Add(CertificateHeader, Convert.ToBase64String(_certificate.RawData));

        var response = await _client.SendAsync(request, Ct);

        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, Ct);
    }

    private static string[] Published(params TestKey[] keys) => [.. keys.Select(k => Convert.ToBase64String(k.PublicKeyDer))];

    private static string[] Keys(XDocument manifest, string element) =>
        [.. manifest.Descendants(Manifest + element).Single().Elements(Manifest + "rsa-public-key").Select(k => k.Value.Trim())];

    private async Task<HttpResponseMessage> SendEchoAsync(string host)
    {
        var request = new SignedRaw
        {
            Method = "GET",
            Target = "/ewp/echo?echo=x",
            ContentType = null,
            Key = _network.ValidatorClient,
            Host = host,
        };
        using var message = request.ToMessage(_address);
        return await _client.SendAsync(message, Ct);
    }
}
