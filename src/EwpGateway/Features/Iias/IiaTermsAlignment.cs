using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Before two copies' hashes are compared: a number in our copy that equals the partner's by value but is written
/// differently (<c>5.0</c> vs <c>5</c>, from our decimal storage) takes the partner's lexical form. The terms are the
/// same; only the writing differs, and the hash is over the writing.
/// </summary>
internal static class IiaTermsAlignment
{
    public static IiaHashResult AlignNumbers(IiaHashResult ours, IiaHashResult theirs)
    {
        ArgumentNullException.ThrowIfNull(ours);
        ArgumentNullException.ThrowIfNull(theirs);
        var their = Occurrences(theirs.Fields).ToDictionary(x => x.Key, x => x.Field.Value);
        var fields = Occurrences(ours.Fields)
            .Select(x => their.TryGetValue(x.Key, out var value) && value != x.Field.Value && SameNumber(value, x.Field.Value)
                ? x.Field with { Value = value }
                : x.Field)
            .ToList();
        var text = IiaHashField.Text(fields);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        return ours with { Fields = fields, TextToHash = text, Hash = hash };
    }

    private static IEnumerable<((string, IiaHashFieldKind, int) Key, IiaHashField Field)> Occurrences(IReadOnlyList<IiaHashField> fields)
    {
        var seen = new Dictionary<(string, IiaHashFieldKind), int>();
        foreach (var field in fields)
        {
            var n = seen.GetValueOrDefault((field.Key, field.Kind)) + 1;
            seen[(field.Key, field.Kind)] = n;
            yield return ((field.Key, field.Kind, n), field);
        }
    }

    private static bool SameNumber(string a, string b) =>
        decimal.TryParse(a, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var x)
        && decimal.TryParse(b, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var y)
        && x == y;
}
