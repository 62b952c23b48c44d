namespace EwpGateway.IntegrationTests.Support;

/// <summary>One gateway on Kestrel started with <c>Ewp:SampleData=true</c>, shared by the tests of a class.</summary>
public sealed class SampleDataGatewayFixture : IAsyncLifetime
{
    private GatewayFactory? _factory;

    internal TestNetwork Network { get; } = new();

    internal Uri BaseAddress { get; private set; } = null!;

    internal HttpClient Client { get; private set; } = null!;

    internal IServiceProvider Services => _factory!.Services;

    public ValueTask InitializeAsync()
    {
        var settings = Network.GatewaySettings();
        settings["Ewp:SampleData"] = "true";
        _factory = new GatewayFactory(settings);
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

    /// <summary>Sends <paramref name="method"/> to <paramref name="path"/> signed with <paramref name="key"/> (the validator's by default).</summary>
    internal async Task<HttpResponseMessage> SendAsync(
        string method, string path, IReadOnlyList<KeyValuePair<string, string>> parameters, CancellationToken ct, TestKey? key = null)
    {
        var request = new EwpRequest
        {
            Method = method,
            Path = path,
            Parameters = parameters,
            Key = key ?? Network.ValidatorClient,
            Time = TimeProvider.System.GetUtcNow(),
        };
        using var message = request.Build(BaseAddress);
        return await Client.SendAsync(message, ct);
    }
}
