using EwpGateway.HttpSignatures;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>Timeouts, retries and the circuit breaker of calls to partner hosts (section <c>Ewp:Partners</c>).</summary>
internal sealed class PartnerClientOptions
{
    public const string SectionName = "Ewp:Partners";

    /// <summary>Time for one call, all attempts and backoff delays included. Default <c>00:01:00</c>.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Time for one attempt; a hung attempt is cancelled and retried. Default <c>00:00:20</c>.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after the first attempt, on transient failures only (0 to 10). Default <c>3</c>.</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base of the jittered exponential backoff (0 to 1 minute). Default <c>00:00:01</c>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Largest partner response body read, in bytes (1 KiB to 1 GiB); a larger answer is refused without reading the rest
    /// and counted as a <c>too-large</c> payload issue. Default <c>67108864</c> (64 MiB).
    /// </summary>
    public long MaxResponseBodySize { get; set; } = EwpHttpSignatureDefaults.MaxResponseBodySize;

    /// <summary>Share of failed attempts to one partner host that opens its circuit (above 0, at most 1). Default <c>0.5</c>.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts to one host within the sampling window before the circuit may open (at least 2). Default <c>10</c>.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 10;

    /// <summary>Window over which the failure ratio is measured (at least 0.5 s). Default <c>00:00:30</c>.</summary>
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an open circuit rejects calls to the host before one trial call (at least 0.5 s). Default <c>00:00:30</c>.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
