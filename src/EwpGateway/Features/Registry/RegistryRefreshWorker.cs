using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Registry;

/// <summary>
/// Loads the catalogue before the host starts serving (start-up waits for that first attempt), then
/// refreshes it once per <see cref="RegistryOptions.RefreshInterval"/>.
/// </summary>
internal sealed class RegistryRefreshWorker(
    RegistryCatalogueStore store,
    IOptions<RegistryOptions> options,
    TimeProvider timeProvider,
    ILogger<RegistryRefreshWorker> logger) : BackgroundService
{
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RefreshInterval, timeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    // Failures are recorded and logged by the store; nothing to do here but go on.
                    await store.RefreshAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    RegistryLog.RefreshLoopFailed(logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
