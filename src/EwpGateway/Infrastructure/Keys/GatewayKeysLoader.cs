namespace EwpGateway.Infrastructure.Keys;

/// <summary>Loads the keys at start: a missing or unreadable key stops the gateway before it serves anything.</summary>
internal sealed class GatewayKeysLoader(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        services.GetRequiredService<GatewayKeys>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
