using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>Checks <see cref="SyncOptions"/> at start-up.</summary>
internal sealed class SyncOptionsValidator : IValidateOptions<SyncOptions>
{
    public ValidateOptionsResult Validate(string? name, SyncOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Range(failures, nameof(options.InboxPollInterval), options.InboxPollInterval, TimeSpan.FromMilliseconds(100), TimeSpan.FromMinutes(10));
        Range(failures, nameof(options.Debounce), options.Debounce, TimeSpan.Zero, TimeSpan.FromMinutes(10));
        Range(failures, nameof(options.InboxBatchSize), options.InboxBatchSize, 1, 10_000);
        Range(failures, nameof(options.MaxAttempts), options.MaxAttempts, 1, 100);
        Range(failures, nameof(options.RetryBaseDelay), options.RetryBaseDelay, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Range(failures, nameof(options.MaxRetryDelay), options.MaxRetryDelay, options.RetryBaseDelay, TimeSpan.FromDays(1));
        Range(failures, nameof(options.ReconciliationInterval), options.ReconciliationInterval, TimeSpan.FromSeconds(5), TimeSpan.FromDays(7));
        Range(failures, nameof(options.ModifiedSinceMargin), options.ModifiedSinceMargin, TimeSpan.Zero, TimeSpan.FromDays(1));
        Range(failures, nameof(options.MaxConcurrentGetsPerPartner), options.MaxConcurrentGetsPerPartner, 1, 16);
        Range(failures, nameof(options.MaxConcurrentPartners), options.MaxConcurrentPartners, 1, 64);
        Range(failures, nameof(options.LeaseDuration), options.LeaseDuration, TimeSpan.FromSeconds(10), TimeSpan.FromDays(1));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range<T>(List<string> failures, string property, T value, T min, T max)
        where T : IComparable<T>
    {
        if (value.CompareTo(min) < 0 || value.CompareTo(max) > 0)
        {
            failures.Add($"{SyncOptions.SectionName}:{property} must be between {min} and {max}, was {value}.");
        }
    }
}
