using System.Globalization;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Transcripts;

/// <summary>Fills <see cref="TranscriptResult.HomeGrade"/> of a partner's transcript by the rule of <see cref="GradeConversionOptions"/>.</summary>
internal sealed class GradeConverter(IOptions<GradeConversionOptions> options)
{
    public void Apply(Transcript transcript, string partnerHeiId)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        foreach (var result in transcript.Results)
        {
            result.HomeGrade = Convert(transcript, result, partnerHeiId);
        }
    }

    private string? Convert(Transcript transcript, TranscriptResult result, string partnerHeiId)
    {
        var grade = result.Grade?.Trim();
        if (string.IsNullOrEmpty(grade))
        {
            return null;
        }

        if (Mapped(result, partnerHeiId, grade) is { } mapped)
        {
            return mapped;
        }

        var distribution = PartnerDistribution(transcript, result);
        var total = distribution.Sum(d => d.Share);
        var index = distribution.FindIndex(d => string.Equals(d.Label, grade, StringComparison.OrdinalIgnoreCase));
        if (index < 0 || total <= 0)
        {
            return null;
        }

        var better = distribution.Take(index).Sum(d => d.Share);
        var middle = (better + (distribution[index].Share / 2)) / total * 100;
        var upper = 0m;
        var home = options.Value.EffectiveHomeDistribution;
        var homeTotal = home.Sum(h => h.Percentage);
        foreach (var share in home)
        {
            upper += share.Percentage / homeTotal * 100;
            if (middle <= upper)
            {
                return share.Grade.Trim();
            }
        }

        return home[^1].Grade.Trim();
    }

    private string? Mapped(TranscriptResult result, string partnerHeiId, string grade)
    {
        var schemes = new[] { result.GradingSchemeLocalId, result.GradingScheme }.OfType<string>().Select(s => s.Trim()).ToList();
        return options.Value.Mappings
            .Where(m => schemes.Contains(m.Scheme.Trim(), StringComparer.OrdinalIgnoreCase))
            .Where(m => string.IsNullOrEmpty(m.PartnerHeiId) || string.Equals(m.PartnerHeiId, partnerHeiId, StringComparison.OrdinalIgnoreCase))
            .OrderBy(m => string.IsNullOrEmpty(m.PartnerHeiId) ? 1 : 0)
            .Select(m => m.Grades.FirstOrDefault(g => string.Equals(g.Key.Trim(), grade, StringComparison.OrdinalIgnoreCase)).Value)
            .FirstOrDefault(v => v is not null)?.Trim();
    }

    /// <summary>The partner's passing grades with their shares, best first.</summary>
    private static List<(string Label, decimal Share)> PartnerDistribution(Transcript transcript, TranscriptResult result)
    {
        var tables = transcript.GradeConversion.GroupBy(f => f.IscedCode, StringComparer.OrdinalIgnoreCase).ToList();
        var table = tables.FirstOrDefault(t => string.Equals(t.Key, result.IscedCode, StringComparison.OrdinalIgnoreCase))
            ?? (tables.Count == 1 ? tables[0] : null);
        if (table is not null)
        {
            return [.. table.Select(f => (f.Label.Trim(), decimal.TryParse(f.Percentage, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : 0m))];
        }

        return [.. result.ResultDistribution.Select(c => (c.Label.Trim(), (decimal)c.Count))];
    }
}
