namespace EwpGateway.Features.Registry;

/// <summary>One API a host implements, as copied by the registry from its manifest.</summary>
/// <param name="LocalName">Element name, e.g. <c>iias</c>.</param>
/// <param name="Namespace">Element namespace (identifies the API and its major version).</param>
/// <param name="Version">The <c>version</c> attribute, e.g. <c>7.0.0</c> (empty when absent).</param>
/// <param name="Urls">Child elements whose name ends with <c>url</c> (e.g. <c>get-url</c>), by name.</param>
/// <param name="Limits">Child elements whose name starts with <c>max-</c> (e.g. <c>max-iia-ids</c>), by name.</param>
/// <param name="HeiIds">The institutions covered by the host that serves this entry.</param>
internal sealed record RegistryApiEntry(
    string LocalName,
    string Namespace,
    string Version,
    IReadOnlyDictionary<string, string> Urls,
    IReadOnlyDictionary<string, string> Limits,
    IReadOnlyList<string> HeiIds)
{
    /// <summary>Orders versions numerically part by part (<c>10.0.0</c> after <c>9.1.0</c>); non-numeric parts ordinally.</summary>
    public static int CompareVersions(string? left, string? right)
    {
        var a = (left ?? "").Split('.', '-');
        var b = (right ?? "").Split('.', '-');
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var x = i < a.Length ? a[i] : "0";
            var y = i < b.Length ? b[i] : "0";
            var result = long.TryParse(x, out var nx) && long.TryParse(y, out var ny)
                ? nx.CompareTo(ny)
                : string.CompareOrdinal(x, y);
            if (result != 0)
            {
                return result;
            }
        }

        return 0;
    }
}
