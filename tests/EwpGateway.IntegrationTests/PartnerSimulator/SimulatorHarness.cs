using System.Xml.Linq;
using EwpGateway.Features.Registry;
using EwpGateway.HttpSignatures;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Microsoft.Extensions.Logging.Abstractions;

namespace EwpGateway.IntegrationTests.PartnerSimulator;

/// <summary>
/// A simulated network for tests, with a gateway identity (client and server key) the partners trust, and the
/// gateway's own signing client: <see cref="EwpSigningHandler"/> verifying responses against the parsed catalogue
/// through the gateway's <see cref="RegistryServerKeyResolver"/>.
/// </summary>
internal sealed class SimulatorHarness : IAsyncDisposable, IRegistryCatalogueProvider
{
    private SimulatorHarness(SimulatedNetwork network, TestKey client, TestKey server, SimulatorOptions options)
    {
        Network = network;
        GatewayClient = client;
        GatewayServer = server;
        Options = options;
    }

    public SimulatedNetwork Network { get; }

    public SimulatorOptions Options { get; }

    public TestKey GatewayClient { get; }

    public TestKey GatewayServer { get; }

    public SimulatedPartner First => Network.Partners[0];

    /// <summary>The catalogue as the gateway would parse it now.</summary>
    public RegistryCatalogue? Current => new RegistryCatalogueParser(NullLogger<RegistryCatalogueParser>.Instance)
        .Parse(XDocument.Parse(Network.BuildCatalogueXml()), DateTimeOffset.UnixEpoch);

    public RegistryStatus Status => throw new NotSupportedException();

    public static SimulatorHarness Start(Action<SimulatorOptions>? configure = null)
    {
        var client = new TestKey();
        var server = new TestKey();
        var options = new SimulatorOptions { PartnerCount = 1, GatewayBaseUrl = new Uri("http://127.0.0.1:5080/") };
        options.GatewayClientKeys.Add(client.Rsa);
        options.GatewayServerKeys.Add(server.Rsa);
        configure?.Invoke(options);
        return new SimulatorHarness(SimulatedNetwork.Start(options.WithSampleKeys()), client, server, options);
    }

    /// <summary>An HTTP client that signs as the gateway and verifies (and requires) signed responses.</summary>
    public HttpClient SigningClient(TestKey? key = null, TimeSpan? timeout = null) =>
        new(new EwpSigningHandler(new EwpSigningHandlerOptions
        {
            PrivateKey = (key ?? GatewayClient).Rsa,
            ServerKeyResolver = new RegistryServerKeyResolver(this),
            TimeProvider = Options.TimeProvider,
        })
        {
            InnerHandler = new SocketsHttpHandler(),
        })
        { Timeout = timeout ?? TimeSpan.FromSeconds(30) };

    public static Uri Url(SimulatedPartner partner, string path) => new(partner.BaseUrl, path);

    public async ValueTask DisposeAsync() => await Network.DisposeAsync();
}
