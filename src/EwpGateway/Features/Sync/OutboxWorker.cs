using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Runs <see cref="OutboxDispatcher"/> passes back to back while they find work, otherwise every
/// <see cref="OutboxOptions.PollInterval"/> (sooner when a gRPC write signals a change). Does nothing when
/// <see cref="OutboxOptions.Enabled"/> is false. A failing pass (database down) is logged and retried at the next poll,
/// which first releases the rows the failed pass left leased (else they would wait for their lease to expire).
/// </summary>
internal sealed class OutboxWorker(
    OutboxDispatcher dispatcher,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    IServiceProvider services,
    ILogger<OutboxWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            OutboxLog.Disabled(logger);
            return Task.CompletedTask;
        }

        var liveness = services.GetService<WorkerLiveness>();
        return liveness is null ? LoopAsync(stoppingToken) : liveness.RunAsync("outbox", () => LoopAsync(stoppingToken), stoppingToken);
    }

    private async Task LoopAsync(CancellationToken stoppingToken)
    {
        var o = options.Value;

        // Optional: present when the gRPC API is, which is where our own changes come from.
        var signal = services.GetService<ChangeSignal>();
        var interrupted = false;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var changed = signal?.Next;
                OutboxPassResult result;
                try
                {
                    if (interrupted)
                    {
                        // The failed pass left its rows leased to this instance, and none of its sends is in flight.
                        OutboxLog.LeasesReleased(logger, await services.GetRequiredService<OutboxLeaser>().ReleaseAllMineAsync(stoppingToken));
                        interrupted = false;
                    }

                    result = await dispatcher.RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    interrupted = true;
                    OutboxLog.PassFailed(logger, ex);
                    result = new OutboxPassResult(0, 0, 0, 0, 0);
                }

                if (result.Leased == 0)
                {
                    var delay = Task.Delay(o.PollInterval, time, stoppingToken);
                    await (changed is null ? delay : Task.WhenAny(delay, changed).Unwrap());
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping; leased rows are released when their lease runs out.
        }
    }
}
