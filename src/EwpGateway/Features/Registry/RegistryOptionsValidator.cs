using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Registry;

/// <summary>Checks <see cref="RegistryOptions"/> at start-up.</summary>
internal sealed class RegistryOptionsValidator : IValidateOptions<RegistryOptions>
{
    public static readonly TimeSpan MinRefreshInterval = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan MaxRefreshInterval = TimeSpan.FromHours(3);

    public ValidateOptionsResult Validate(string? name, RegistryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Url))
        {
            failures.Add($"{RegistryOptions.SectionName}:Url is required (an http(s) URL or a file path).");
        }
        else if (options.IsHttp && !Uri.TryCreate(options.Url, UriKind.Absolute, out _))
        {
            failures.Add($"{RegistryOptions.SectionName}:Url '{options.Url}' is not a valid URL.");
        }

        if (options.RefreshInterval < MinRefreshInterval || options.RefreshInterval > MaxRefreshInterval)
        {
            failures.Add($"{RegistryOptions.SectionName}:RefreshInterval must be between {MinRefreshInterval} and {MaxRefreshInterval}, was {options.RefreshInterval}.");
        }

        if (options.Timeout < TimeSpan.FromSeconds(1) || options.Timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{RegistryOptions.SectionName}:Timeout must be between 00:00:01 and 00:05:00, was {options.Timeout}.");
        }

        if (string.IsNullOrWhiteSpace(options.CachePath))
        {
            failures.Add($"{RegistryOptions.SectionName}:CachePath is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
