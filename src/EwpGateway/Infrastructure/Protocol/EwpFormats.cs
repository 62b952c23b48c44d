using System.Globalization;
using System.Text.RegularExpressions;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>The lexical formats EWP parameters use.</summary>
internal static partial class EwpFormats
{
    /// <summary>
    /// Parses an <c>xs:dateTime</c>: a date AND a time, optional fractional seconds, optional zone (Z or ±hh:mm;
    /// none = UTC). A date alone, or any other layout, is refused.
    /// </summary>
    public static bool TryParseDateTime(string text, out DateTimeOffset value)
    {
        value = default;
        if (!DateTimeRegex().IsMatch(text))
        {
            return false;
        }

        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal;
        return DateTimeOffset.TryParse(text.Trim(), CultureInfo.InvariantCulture, styles, out value);
    }

    /// <summary>Whether <paramref name="text"/> is <c>YYYY/YYYY</c> with consecutive (north) or equal (south) years.</summary>
    public static bool IsAcademicYearId(string text)
    {
        var match = AcademicYearRegex().Match(text);
        if (!match.Success)
        {
            return false;
        }

        var first = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return second == first || second == first + 1;
    }

    [GeneratedRegex(@"^\s*-?\d{4,}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimeRegex();

    [GeneratedRegex(@"^(\d{4})/(\d{4})$", RegexOptions.CultureInvariant)]
    private static partial Regex AcademicYearRegex();
}
