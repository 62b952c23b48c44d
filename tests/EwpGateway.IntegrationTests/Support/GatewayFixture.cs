namespace EwpGateway.IntegrationTests.Support;

/// <summary>One gateway on Kestrel with a test network, shared by the tests of a class.</summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    private GatewayFactory? _factory;

    internal TestNetwork Network { get; } = new();

    internal Uri BaseAddress { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    /// <summary>The gateway's services (e.g. to look into its database).</summary>
    internal IServiceProvider Services => _factory!.Services;

    public ValueTask InitializeAsync()
    {
        _factory = new GatewayFactory(Network.GatewaySettings());
        BaseAddress = _factory.Start();
        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return ValueTask.CompletedTask;
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

    /// <summary>Sends a request built by <paramref name="request"/> (timestamped now unless it says otherwise).</summary>
    internal async Task<HttpResponseMessage> SendAsync(EwpRequest request, CancellationToken ct)
    {
        using var message = request.Build(BaseAddress);
        return await Client.SendAsync(message, ct);
    }
}
