using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Thin loop around <see cref="InboxProcessor"/>: one iteration per tick, in its own DI scope, drained while rows are due.
/// After an iteration that failed (database down), the next one first releases the rows it left leased.
/// </summary>
internal sealed class InboxWorker(
    IServiceScopeFactory scopes, IOptions<SyncOptions> options, TimeProvider time, ILogger<InboxWorker> logger, WorkerLiveness? liveness = null)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        !options.Value.Enabled ? Task.CompletedTask
        : liveness is null ? LoopAsync(stoppingToken)
        : liveness.RunAsync("inbox", () => LoopAsync(stoppingToken), stoppingToken);

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.InboxPollInterval, time);
        var interrupted = false;
        try
        {
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (interrupted)
                    {
                        // The failed iteration left its rows leased to this instance, and nothing works on them any more.
                        SyncLog.InboxLeasesReleased(logger, await scope.ServiceProvider.GetRequiredService<InboxLeases>().ReleaseAllMineAsync(stoppingToken));
                        interrupted = false;
                    }

                    var processor = scope.ServiceProvider.GetRequiredService<InboxProcessor>();
                    while (await processor.ProcessAsync(stoppingToken) > 0)
                    {
                        // A full batch may hide more due rows: go on at once.
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    interrupted = true;
                    SyncLog.InboxLoopFailed(logger, ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
