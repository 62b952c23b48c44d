namespace EwpGateway.HttpSignatures;

/// <summary>
/// Remembers the <c>X-Request-Id</c> of verified requests to reject replays inside the date window.
/// The default is in memory; a clustered host registers a shared implementation instead.
/// </summary>
public interface IRequestIdReplayCache
{
    /// <summary>Records a request id unless it is already known.</summary>
    /// <param name="requestId">The verified request's <c>X-Request-Id</c>.</param>
    /// <param name="now">The current time of the caller's <see cref="TimeProvider"/>.</param>
    /// <param name="lifetime">How long to remember the id.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns><see langword="false"/> when the id was seen and has not expired (a replay).</returns>
    ValueTask<bool> TryRecordAsync(string requestId, DateTimeOffset now, TimeSpan lifetime, CancellationToken cancellationToken);
}
