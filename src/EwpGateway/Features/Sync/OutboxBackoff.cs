using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Delay before the next attempt of an outbox row: <see cref="OutboxOptions.BaseDelay"/> doubled per failed attempt,
/// capped at <see cref="OutboxOptions.MaxDelay"/>, then jittered into its upper half so that rows which failed
/// together (a partner outage) do not all come back in the same instant.
/// </summary>
/// <param name="options">Base and maximum delay.</param>
/// <param name="random">The jitter source; tests pass a seeded one. Guarded by a lock (Random is not thread-safe).</param>
internal sealed class OutboxBackoff(IOptions<OutboxOptions> options, Random random)
{
    private readonly Lock _lock = new();

    /// <summary>The delay after the <paramref name="attempts"/>-th failed attempt (1 for the first failure).</summary>
    public TimeSpan After(int attempts)
    {
        var o = options.Value;
        var exponent = Math.Clamp(attempts - 1, 0, 30);
        var ceiling = Math.Min(o.BaseDelay.Ticks * Math.Pow(2, exponent), o.MaxDelay.Ticks);
        double share;
        lock (_lock)
        {
            share = random.NextDouble();
        }

        return TimeSpan.FromTicks((long)(ceiling / 2 + (ceiling / 2 * share)));
    }
}
