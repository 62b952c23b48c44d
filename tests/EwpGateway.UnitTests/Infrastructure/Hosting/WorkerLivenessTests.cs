using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EwpGateway.UnitTests.Infrastructure.Hosting;

public class WorkerLivenessTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Check_WorkerRunning_Healthy()
    {
        var liveness = new WorkerLiveness();
        var running = new TaskCompletionSource();
        var loop = liveness.RunAsync("outbox", () => running.Task, Ct);

        var result = await new WorkersHealthCheck(liveness).CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Healthy, result.Status);
        Assert.Equal("running", result.Data["outbox"]);
        running.SetResult();
        await loop;
    }

    [Fact]
    public async Task Check_WorkerLoopThrew_UnhealthyNamingWorkerAndCause()
    {
        var liveness = new WorkerLiveness();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            liveness.RunAsync("inbox", () => throw new InvalidOperationException("database gone"), Ct));

        var result = await new WorkersHealthCheck(liveness).CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("inbox stopped: InvalidOperationException: database gone", result.Description);
    }

    [Fact]
    public async Task Check_LoopEndedWhileStopping_NotReportedDead()
    {
        var liveness = new WorkerLiveness();
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();

        await liveness.RunAsync("reconciliation", () => Task.CompletedTask, stopping.Token);
        var result = await new WorkersHealthCheck(liveness).CheckHealthAsync(new HealthCheckContext(), Ct);

        Assert.Equal(HealthStatus.Healthy, result.Status);
    }
}
