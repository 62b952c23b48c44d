namespace EwpGateway.Features.Iias;

/// <summary>
/// Explains, field by field, why two copies of an agreement hash differently: the n-th occurrence of each
/// hashed field in one copy is compared with the n-th occurrence of the same field in the other.
/// </summary>
internal static class IiaHashComparer
{
    public static IReadOnlyList<string> Explain(IiaHashResult ours, IiaHashResult theirs)
    {
        if (ours.Hash == theirs.Hash)
        {
            return [];
        }

        var left = Occurrences(ours.Fields);
        var right = Occurrences(theirs.Fields);
        var lines = new List<string>();
        foreach (var (key, value) in left)
        {
            if (!right.TryGetValue(key, out var other))
            {
                lines.Add($"only in the first copy:  {Describe(key)} = {Quote(value)}");
            }
            else if (other != value)
            {
                lines.Add($"different:               {Describe(key)}: {Quote(value)} vs {Quote(other)}");
            }
        }

        lines.AddRange(right.Where(r => !left.ContainsKey(r.Key))
            .Select(r => $"only in the second copy: {Describe(r.Key)} = {Quote(r.Value)}"));

        if (lines.Count == 0)
        {
            lines.Add("same fields and values, in a different order (e.g. cooperation conditions, subject areas or EQF levels listed in another order)");
        }

        return lines;
    }

    private static Dictionary<(string Key, int Occurrence), string> Occurrences(IReadOnlyList<IiaHashField> fields)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new Dictionary<(string, int), string>();
        foreach (var field in fields)
        {
            var key = field.Kind == IiaHashFieldKind.Attribute ? "@" + field.Key : field.Key;
            var n = seen.GetValueOrDefault(key) + 1;
            seen[key] = n;
            result[(key, n)] = field.Value;
        }

        return result;
    }

    private static string Describe((string Key, int Occurrence) key) =>
        key.Occurrence == 1 ? key.Key : $"{key.Key} (#{key.Occurrence})";

    private static string Quote(string value) => "\"" + value.Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
