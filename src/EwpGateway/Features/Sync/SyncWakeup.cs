namespace EwpGateway.Features.Sync;

/// <summary>Wakes the reconciliation worker before its next tick (an administrator asked for a re-sync).</summary>
internal sealed class SyncWakeup
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Signal"/>; take it before working so no signal is missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Signal() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
