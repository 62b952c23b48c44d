namespace EwpGateway.Features.Sync;

/// <summary>
/// Wakes change-feed followers as soon as a write through the gRPC API has committed, so <c>WatchChanges</c> need not
/// wait for its next poll. Writes made elsewhere (EWP, sample data) are picked up by that poll.
/// </summary>
internal sealed class ChangeSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>; take it BEFORE reading the feed so no commit is missed.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    /// <summary>Tells every follower that a change was committed.</summary>
    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
