using System.Net;
using System.Security.Cryptography.X509Certificates;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Hosting;

/// <summary>
/// The gateway started as a separate process with only command-line settings (registry over HTTP, HEI id,
/// key paths, an HTTPS endpoint), the way other tools drive it.
/// </summary>
public sealed class CommandLineStartTests : IAsyncLifetime
{
    private static readonly XNamespace EchoNs = "https://github.com/erasmus-without-paper/ewp-specs-api-echo/tree/stable-v2";

    private readonly X509Certificate2 _clientCertificate = TestCertificates.SelfSigned("validator-client", server: false);
    private readonly X509Certificate2 _serverCertificate = TestCertificates.SelfSigned("localhost", server: true);
    private TestNetwork _network = null!;
    private RegistryServer _registry = null!;
    private readonly int _grpcPort = LoopbackPort.Free();
    private GatewayProcess _gateway = null!;

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        _network = new TestNetwork(_clientCertificate);
        _registry = await RegistryServer.StartAsync(_network.CatalogueXml, ct);
        var (certPath, keyPath) = TestCertificates.WritePem(_serverCertificate, _network.Folder, "tls");
        _gateway = await GatewayProcess.StartAsync(
            [
                $"--Ewp:Registry:Url={_registry.CatalogueUrl}",
                $"--Ewp:HeiId={TestNetwork.GatewayHeiId}",
                $"--Ewp:Keys:ClientKeyPath={_network.GatewayClientKeyPath}",
                $"--Ewp:Keys:ServerKeyPath={_network.GatewayServerKeyPath}",
                $"--Ewp:Registry:CachePath={Path.Combine(_network.Folder, "cache.xml")}",
                $"--ConnectionStrings:Gateway=Data Source={Path.Combine(_network.Folder, "gateway.db")}",
                "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:0",
                $"--Grpc:Port={_grpcPort}",
                "--Kestrel:Endpoints:Https:Url=https://127.0.0.1:0",
                $"--Kestrel:Endpoints:Https:Certificate:Path={certPath}",
                $"--Kestrel:Endpoints:Https:Certificate:KeyPath={keyPath}",
            ],
            expectedAddresses: 3,
            ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _registry.DisposeAsync();
        _network.Dispose();
        _clientCertificate.Dispose();
        _serverCertificate.Dispose();
    }

    [Fact]
    public async Task Manifest_StartedFromCommandLine_ValidAgainstDiscoveryV6()
    {
        using var client = new HttpClient { BaseAddress = Address("http") };

        var body = await client.GetStringAsync("/ewp/manifest", TestContext.Current.CancellationToken);

        XmlAssert.Valid(body, XmlAssert.ManifestXsd);
        Assert.True(_registry.Requests >= 1);
    }

    [Fact]
    public async Task Echo_SignedRequestOverHttp_SignedResponseWithCallerHeis()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = new HttpClient();
        var request = new EwpRequest
        {
            Path = "/ewp/echo",
            Parameters = [new("echo", "hello")],
            Key = _network.ValidatorClient,
            Time = TimeProvider.System.GetUtcNow(),
        };
        using var message = request.Build(Address("http"));

        var response = await client.SendAsync(message, ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var doc = XmlAssert.Valid(body, XmlAssert.EchoXsd);
        Assert.Equal(TestNetwork.ValidatorHeiIds.Order(), doc.Root!.Elements(EchoNs + "hei-id").Select(e => e.Value).Order());
        Assert.Null(await SignedResponse.ProblemAsync(response, _network.GatewayServer, request.RequestId, request.SentSignature, ct));
    }

    [Fact]
    public async Task Echo_RegisteredTlsClientCertificate_AuthenticatedWithItsHeis()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = HttpsClient(_clientCertificate);

        var response = await client.GetAsync("/ewp/echo?echo=tls", ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var doc = XmlAssert.Valid(body, XmlAssert.EchoXsd);
        Assert.Equal(TestNetwork.ValidatorHeiIds.Order(), doc.Root!.Elements(EchoNs + "hei-id").Select(e => e.Value).Order());
        Assert.Equal(["tls"], doc.Root.Elements(EchoNs + "echo").Select(e => e.Value));
    }

    [Fact]
    public async Task Echo_UnregisteredTlsClientCertificate_403()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stranger = TestCertificates.SelfSigned("stranger", server: false);
        using var client = HttpsClient(stranger);

        var response = await client.GetAsync("/ewp/echo", ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not listed", XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }


    private Uri Address(string scheme) => _gateway.Addresses.Single(a => a.Scheme == scheme && a.Port != _grpcPort);

    private HttpClient HttpsClient(X509Certificate2 clientCertificate)
    {
        var handler = new HttpClientHandler
        {
            ClientCertificateOptions = ClientCertificateOption.Manual,
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) =>
                certificate is not null && certificate.Thumbprint == _serverCertificate.Thumbprint,
        };
        handler.ClientCertificates.Add(clientCertificate);
        return new HttpClient(handler) { BaseAddress = Address("https") };
    }
}
