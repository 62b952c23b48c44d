using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Registry;

/// <summary>
/// Loads the catalogue before the host starts serving (start-up waits for that first attempt), then
/// refreshes it once per <see cref="RegistryOptions.RefreshInterval"/>, counted from that first load.
/// </summary>
internal sealed class RegistryRefreshWorker(
    RegistryCatalogueStore store,
    IOptions<RegistryOptions> options,
    TimeProvider timeProvider,
    ILogger<RegistryRefreshWorker> logger) : BackgroundService
{
    private PeriodicTimer? _timer;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        // Created here rather than in ExecuteAsync, which the host starts on another thread a little later.
        _timer = new PeriodicTimer(options.Value.RefreshInterval, timeProvider);
        await base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("The worker was not started.");
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
