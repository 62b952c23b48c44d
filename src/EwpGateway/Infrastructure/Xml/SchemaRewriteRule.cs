namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// Maps an absolute <c>schemaLocation</c> used by the official schemas to a local file: either one exact
/// URL, or every URL under a prefix (the <c>system</c> and <c>rewriteSystem</c> entries of the specs' catalog).
/// </summary>
/// <param name="Url">The exact URL, or the URL prefix (ending with a slash).</param>
/// <param name="LocalPath">The local file, or folder prefix, relative to <c>schemas/ewp/</c>.</param>
/// <param name="IsPrefix">Whether <paramref name="Url"/> is a prefix.</param>
internal sealed record SchemaRewriteRule(string Url, string LocalPath, bool IsPrefix)
{
    /// <summary>Returns the local relative path for <paramref name="url"/>, or <see langword="null"/> when this rule does not apply.</summary>
    public string? TryRewrite(string url)
    {
        if (!IsPrefix)
        {
            return string.Equals(url, Url, StringComparison.Ordinal) ? LocalPath : null;
        }

        return url.StartsWith(Url, StringComparison.Ordinal) ? LocalPath + url[Url.Length..] : null;
    }
}
