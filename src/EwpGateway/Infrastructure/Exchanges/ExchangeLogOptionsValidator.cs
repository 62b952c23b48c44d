using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>Refuses unusable communication-log settings at start, naming the setting.</summary>
internal sealed class ExchangeLogOptionsValidator : IValidateOptions<ExchangeLogOptions>
{
    public ValidateOptionsResult Validate(string? name, ExchangeLogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (options.BodyRetention <= TimeSpan.Zero)
        {
            errors.Add("Ewp:ExchangeLog:BodyRetention must be positive.");
        }

        if (options.Retention < options.BodyRetention)
        {
            errors.Add("Ewp:ExchangeLog:Retention must be at least Ewp:ExchangeLog:BodyRetention.");
        }

        if (options.MaxBodyBytes is < 0 or > 64 * 1024 * 1024)
        {
            errors.Add("Ewp:ExchangeLog:MaxBodyBytes must be between 0 and 67108864.");
        }

        if (options.QueueCapacity < 1)
        {
            errors.Add("Ewp:ExchangeLog:QueueCapacity must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
