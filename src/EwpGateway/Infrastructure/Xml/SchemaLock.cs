namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// The parsed <c>schemas/ewp.lock</c>: every official schema with its checksum, and the URL rewrite rules
/// that let the schemas' absolute imports resolve to local files. The format is ours (see <c>schemas/make-lock.sh</c>).
/// </summary>
internal sealed class SchemaLock
{
    private SchemaLock(IReadOnlyDictionary<string, SchemaLockEntry> files, IReadOnlyList<SchemaRewriteRule> rules)
    {
        Files = files;
        Rules = rules;
    }

    /// <summary>The schema files by relative path (ordinal).</summary>
    public IReadOnlyDictionary<string, SchemaLockEntry> Files { get; }

    /// <summary>Exact rules first, then prefix rules longest first.</summary>
    public IReadOnlyList<SchemaRewriteRule> Rules { get; }

    public static SchemaLock Load(string path)
    {
        using var reader = File.OpenText(path);
        return Parse(reader, path);
    }

    public static SchemaLock Parse(TextReader reader, string source)
    {
        var files = new Dictionary<string, SchemaLockEntry>(StringComparer.Ordinal);
        var rules = new List<SchemaRewriteRule>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var parts = trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            switch (parts)
            {
                case ["file", var path, var sha, var url] when IsSafeRelativePath(path) && sha.Length == 64:
                    files[path] = new SchemaLockEntry(path, sha.ToLowerInvariant(), new Uri(url, UriKind.Absolute));
                    break;
                case ["exact", var url, var local] when IsSafeRelativePath(local):
                    rules.Add(new SchemaRewriteRule(url, local, IsPrefix: false));
                    break;
                case ["prefix", var url, var local] when IsSafeRelativePath(local):
                    rules.Add(new SchemaRewriteRule(url, local, IsPrefix: true));
                    break;
                default:
                    throw new SchemaIntegrityException($"Schema lock {source} line {lineNumber} is malformed: '{trimmed}'.");
            }
        }

        var ordered = rules.OrderBy(r => r.IsPrefix).ThenByDescending(r => r.Url.Length).ToList();
        return new SchemaLock(files, ordered);
    }

    /// <summary>Maps an absolute URL to a relative local path by the rewrite rules, or <see langword="null"/>.</summary>
    public string? Rewrite(string url)
    {
        foreach (var rule in Rules)
        {
            if (rule.TryRewrite(url) is { } local)
            {
                return local;
            }
        }

        return null;
    }

    private static bool IsSafeRelativePath(string path) =>
        path.Length > 0 && !path.StartsWith('/') && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Split('/').Contains("..", StringComparer.Ordinal);
}
