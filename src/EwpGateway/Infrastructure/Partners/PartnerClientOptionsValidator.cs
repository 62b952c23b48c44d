using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>Checks <see cref="PartnerClientOptions"/> at start against the ranges Polly accepts, with the setting names operators use.</summary>
internal sealed class PartnerClientOptionsValidator : IValidateOptions<PartnerClientOptions>
{
    private static readonly TimeSpan MinimumBreakerWindow = TimeSpan.FromMilliseconds(500);

    public ValidateOptionsResult Validate(string? name, PartnerClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string S = PartnerClientOptions.SectionName;
        if (options.AttemptTimeout < TimeSpan.FromMilliseconds(10) || options.AttemptTimeout > TimeSpan.FromHours(1))
        {
            failures.Add($"{S}:AttemptTimeout must be between 10 ms and 1 hour.");
        }

        if (options.TotalTimeout < options.AttemptTimeout || options.TotalTimeout > TimeSpan.FromHours(1))
        {
            failures.Add($"{S}:TotalTimeout must be at least AttemptTimeout and at most 1 hour.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add($"{S}:MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{S}:RetryBaseDelay must be between 00:00:00 and 00:01:00.");
        }

        if (options.MaxResponseBodySize is < 1024 or > 1024L * 1024 * 1024)
        {
            failures.Add($"{S}:MaxResponseBodySize must be between 1024 bytes (1 KiB) and 1073741824 bytes (1 GiB).");
        }

        if (options.CircuitBreakerFailureRatio is <= 0 or > 1 || double.IsNaN(options.CircuitBreakerFailureRatio))
        {
            failures.Add($"{S}:CircuitBreakerFailureRatio must be above 0 and at most 1.");
        }

        if (options.CircuitBreakerMinimumThroughput < 2)
        {
            failures.Add($"{S}:CircuitBreakerMinimumThroughput must be at least 2.");
        }

        if (options.CircuitBreakerSamplingDuration < MinimumBreakerWindow || options.CircuitBreakerSamplingDuration > TimeSpan.FromDays(1))
        {
            failures.Add($"{S}:CircuitBreakerSamplingDuration must be between 500 ms and 1 day.");
        }

        if (options.CircuitBreakerBreakDuration < MinimumBreakerWindow || options.CircuitBreakerBreakDuration > TimeSpan.FromDays(1))
        {
            failures.Add($"{S}:CircuitBreakerBreakDuration must be between 500 ms and 1 day.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
