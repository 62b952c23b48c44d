using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>Checks <see cref="OutboxOptions"/> at start-up.</summary>
internal sealed class OutboxOptionsValidator : IValidateOptions<OutboxOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        const string S = OutboxOptions.SectionName;
        var failures = new List<string>();
        Range(failures, $"{S}:PollInterval", options.PollInterval, TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        Range(failures, $"{S}:BaseDelay", options.BaseDelay, TimeSpan.FromMilliseconds(1), TimeSpan.FromDays(1));
        Range(failures, $"{S}:MaxDelay", options.MaxDelay, options.BaseDelay, TimeSpan.FromDays(7));
        Range(failures, $"{S}:GiveUpAfter", options.GiveUpAfter, TimeSpan.FromMinutes(1), TimeSpan.FromDays(365));
        Range(failures, $"{S}:LeaseDuration", options.LeaseDuration, TimeSpan.FromMinutes(1), TimeSpan.FromDays(1));
        if (options.BatchSize is < 1 or > 10_000)
        {
            failures.Add($"{S}:BatchSize must be between 1 and 10000, was {options.BatchSize}.");
        }

        if (options.MaxParallelPartners is < 1 or > 64)
        {
            failures.Add($"{S}:MaxParallelPartners must be between 1 and 64, was {options.MaxParallelPartners}.");
        }

        if (string.IsNullOrWhiteSpace(options.InstanceId) || options.InstanceId.Length > 100)
        {
            failures.Add($"{S}:InstanceId must be 1 to 100 characters, was '{options.InstanceId}'.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string key, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max)
        {
            failures.Add($"{key} must be between {min} and {max}, was {value}.");
        }
    }
}
