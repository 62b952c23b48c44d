using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>The sample-data gateway on Kestrel with <c>Ewp:Tors:ElmoSigningKeyPath</c> set to <see cref="ElmoKey"/>.</summary>
public sealed class SignedElmoGatewayFixture : IAsyncLifetime
{
    private GatewayFactory? _factory;

    internal TestNetwork Network { get; } = new();

    internal TestKey ElmoKey { get; } = new();

    internal Uri BaseAddress { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var keyPath = Path.Combine(Network.Folder, "elmo-signing-key.pem");
        await File.WriteAllTextAsync(keyPath, ElmoKey.PrivateKeyPem, TestContext.Current.CancellationToken);
        var settings = Network.GatewaySettings();
        settings["Ewp:SampleData"] = "true";
        settings["Ewp:Tors:ElmoSigningKeyPath"] = keyPath;
        _factory = new GatewayFactory(settings);
        BaseAddress = _factory.Start();
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        Network.Dispose();
    }
}
