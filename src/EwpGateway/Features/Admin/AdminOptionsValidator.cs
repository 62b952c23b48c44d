using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Admin;

/// <summary>Refuses to start with unusable admin settings, naming the setting.</summary>
internal sealed class AdminOptionsValidator : IValidateOptions<AdminOptions>
{
    public const int MinimumPasswordLength = 12;

    public ValidateOptionsResult Validate(string? name, AdminOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            if (string.IsNullOrWhiteSpace(user.Name) || user.Name.Contains(':', StringComparison.Ordinal))
            {
                errors.Add($"Admin:Users:{i}:Name must be a non-empty name without ':'.");
            }

            if (user.Password.Length < MinimumPasswordLength)
            {
                errors.Add($"Admin:Users:{i}:Password must have at least {MinimumPasswordLength} characters.");
            }
        }

        if (options.RefreshInterval < TimeSpan.Zero)
        {
            errors.Add("Admin:RefreshInterval must not be negative.");
        }

        if (options.StaleAfter <= TimeSpan.Zero)
        {
            errors.Add("Admin:StaleAfter must be positive.");
        }

        if (options.CertificateWarning < TimeSpan.Zero)
        {
            errors.Add("Admin:CertificateWarning must not be negative.");
        }

        if (options.RedAfterFailures < 1)
        {
            errors.Add("Admin:RedAfterFailures must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
