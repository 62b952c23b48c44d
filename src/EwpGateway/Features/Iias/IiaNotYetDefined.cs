using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Iias;

/// <summary>
/// The values of an agreement that <see cref="IiaXmlWriter"/> serves as <c>not-yet-defined</c> or with a
/// <c>v6-value</c>: while there is one, the official XSLT says the IIA is not valid for approval, and approving
/// it is prohibited.
/// </summary>
internal static class IiaNotYetDefined
{
    /// <summary>One description per value that is not yet defined; empty when the agreement is complete.</summary>
    public static IReadOnlyList<string> Find(Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var found = new List<string>();
        for (var i = 0; i < agreement.CooperationConditions.Count; i++)
        {
            var condition = agreement.CooperationConditions[i];
            var where = $"cooperation condition {i + 1} ({IiaXmlWriter.SpecName(condition.MobilityType)})";
            if (condition.MobilitiesPerYearNotYetDefined || condition.MobilitiesPerYear is null)
            {
                found.Add($"{where}: mobilities-per-year");
            }

            // The writer fills a missing required language skill with a not-yet-defined placeholder.
            var skillRequired = condition.MobilityType is MobilityType.StudentStudies or MobilityType.StaffTeaching;
            if (condition.RecommendedLanguageSkills.Any(s => s.NotYetDefined) || (skillRequired && condition.RecommendedLanguageSkills.Count == 0))
            {
                found.Add($"{where}: recommended-language-skill");
            }

            if (condition.SubjectAreas.Any(a => IsV6(a.IscedFCode, a.V6Value))
                || condition.RecommendedLanguageSkills.Any(s => IsV6(s.IscedFCode, s.IscedV6Value)))
            {
                found.Add($"{where}: v6 ISCED-F code");
            }
        }

        return found;
    }

    private static bool IsV6(string? code, string? v6Value) => !string.IsNullOrEmpty(v6Value) || code?.Length is > 0 and < 4;
}
