using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Thin loop around <see cref="Reconciler"/>: checks for due partners every minute (or every reconciliation interval
/// when shorter) and when woken by a re-sync request; each (partner, API) runs once per interval. After a pass that failed
/// (database down), the next one first releases the partners it left leased.
/// </summary>
internal sealed class ReconciliationWorker(
    IServiceScopeFactory scopes,
    IOptions<SyncOptions> options,
    SyncWakeup wakeup,
    TimeProvider time,
    ILogger<ReconciliationWorker> logger,
    WorkerLiveness? liveness = null)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        !options.Value.Enabled ? Task.CompletedTask
        : liveness is null ? LoopAsync(stoppingToken)
        : liveness.RunAsync("reconciliation", () => LoopAsync(stoppingToken), stoppingToken);

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        var period = options.Value.ReconciliationInterval < TimeSpan.FromMinutes(1) ? options.Value.ReconciliationInterval : TimeSpan.FromMinutes(1);
        var interrupted = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var woken = wakeup.Next;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (interrupted)
                    {
                        // The failed pass left its partners leased to this instance, and none of its runs goes on.
                        SyncLog.SyncLeasesReleased(logger, await scope.ServiceProvider.GetRequiredService<SyncStateLeases>().ReleaseAllMineAsync(stoppingToken));
                        interrupted = false;
                    }

                    await scope.ServiceProvider.GetRequiredService<Reconciler>().RunDueAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    interrupted = true;
                    SyncLog.ReconcileLoopFailed(logger, ex);
                }

                using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(woken, Task.Delay(period, time, wait.Token));
                await wait.CancelAsync();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }
}
