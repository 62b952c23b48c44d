using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>Checks the bearer tokens: long enough to resist guessing, without whitespace that a header would lose.</summary>
internal sealed class GrpcOptionsValidator : IValidateOptions<GrpcOptions>
{
    public const int MinimumTokenLength = 32;

    public ValidateOptionsResult Validate(string? name, GrpcOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Tokens.Count; i++)
        {
            var token = options.Tokens[i];
            if (string.IsNullOrEmpty(token) || token.Length < MinimumTokenLength)
            {
                failures.Add($"Grpc:Tokens:{i} must be at least {MinimumTokenLength} characters long.");
            }
            else if (token.Any(char.IsWhiteSpace))
            {
                failures.Add($"Grpc:Tokens:{i} must not contain whitespace.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
