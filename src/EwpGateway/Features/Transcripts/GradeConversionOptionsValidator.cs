using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Transcripts;

/// <summary>Checks <see cref="GradeConversionOptions"/> at start: a usable home distribution and complete tables.</summary>
internal sealed class GradeConversionOptionsValidator : IValidateOptions<GradeConversionOptions>
{
    public ValidateOptionsResult Validate(string? name, GradeConversionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        List<string> failures = [];
        var home = options.EffectiveHomeDistribution;
        if (home.Any(s => string.IsNullOrWhiteSpace(s.Grade) || s.Percentage <= 0))
        {
            failures.Add($"{GradeConversionOptions.SectionName}:HomeDistribution: every entry needs a Grade and a Percentage over 0.");
        }

        if (home.Select(s => s.Grade.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != home.Count)
        {
            failures.Add($"{GradeConversionOptions.SectionName}:HomeDistribution: a grade is listed twice.");
        }

        var total = home.Sum(s => s.Percentage);
        if (total is < 99.5m or > 100.5m)
        {
            failures.Add($"{GradeConversionOptions.SectionName}:HomeDistribution: the percentages add up to {total}, not 100.");
        }

        for (var i = 0; i < options.Mappings.Count; i++)
        {
            var mapping = options.Mappings[i];
            if (string.IsNullOrWhiteSpace(mapping.Scheme) || mapping.Grades.Count == 0
                || mapping.Grades.Any(g => string.IsNullOrWhiteSpace(g.Key) || string.IsNullOrWhiteSpace(g.Value)))
            {
                failures.Add($"{GradeConversionOptions.SectionName}:Mappings:{i}: a Scheme and at least one non-empty partner grade -> home grade are needed.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
