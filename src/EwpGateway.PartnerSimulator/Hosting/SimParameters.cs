using System.Globalization;
using System.Text.RegularExpressions;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>Parameter rules shared by the endpoints (digest sections 1.5 and 8): 400 on anything malformed.</summary>
internal static partial class SimParameters
{
    /// <summary>Required repeatable ids, at most <paramref name="max"/>.</summary>
    public static (IReadOnlyList<string> Ids, SimResponse? Error) Ids(SimRequest request, string name, int max)
    {
        var ids = request.All(name);
        if (ids.Count == 0)
        {
            return ([], SimResponse.Error(400, $"The parameter '{name}' is required."));
        }

        return ids.Count > max
            ? ([], SimResponse.Error(400, $"At most {max} '{name}' values are allowed; got {ids.Count}."))
            : (ids, null);
    }

    /// <summary>An optional parameter given at most once.</summary>
    public static (string? Value, SimResponse? Error) Single(SimRequest request, string name)
    {
        var values = request.All(name);
        return values.Count > 1 ? (null, SimResponse.Error(400, $"The parameter '{name}' may be given once.")) : (values.FirstOrDefault(), null);
    }

    public static (DateTimeOffset? Value, SimResponse? Error) ModifiedSince(SimRequest request)
    {
        var (text, error) = Single(request, "modified_since");
        if (error is not null || text is null)
        {
            return (null, error);
        }

        return text.Contains('T', StringComparison.Ordinal)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)
            ? (value, null)
            : (null, SimResponse.Error(400, $"modified_since '{text}' is not an xs:dateTime."));
    }

    public static (IReadOnlyList<string> Years, SimResponse? Error) AcademicYears(SimRequest request)
    {
        var years = request.All("receiving_academic_year_id");
        var bad = years.FirstOrDefault(y => !AcademicYear().IsMatch(y));
        return bad is null ? (years, null) : ([], SimResponse.Error(400, $"receiving_academic_year_id '{bad}' is not YYYY/YYYY."));
    }

    public static SimResponse? RejectUnknown(SimRequest request, params string[] allowed) =>
        request.Unknown(allowed) is { } unknown ? SimResponse.Error(400, $"Unknown parameter '{unknown}'.") : null;

    /// <summary>Whether an academic year <c>YYYY/YYYY</c> lies within first..last (compared by start year).</summary>
    public static bool YearWithin(string year, string first, string last)
    {
        var y = StartOf(year);
        return y >= StartOf(first) && y <= StartOf(last);
    }

    private static int StartOf(string year) => int.Parse(year.AsSpan(0, 4), CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\d{4}/\d{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex AcademicYear();
}
