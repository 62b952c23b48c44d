namespace EwpGateway.Infrastructure.Hosting;

/// <summary>Resolves file paths given in configuration.</summary>
internal static class ContentPaths
{
    /// <summary>
    /// Resolves <paramref name="configuredPath"/> against the content root. In Development a relative path not
    /// found there is also looked up in the parent folders, so that the repository's sample files are found
    /// whether the gateway runs from the repository root or from its project folder.
    /// </summary>
    /// <returns>The full path of an existing file, or <see langword="null"/>.</returns>
    public static string? ResolveExistingFile(string configuredPath, IHostEnvironment environment)
    {
        if (Path.IsPathRooted(configuredPath))
        {
            return File.Exists(configuredPath) ? configuredPath : null;
        }

        var candidate = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuredPath));
        if (File.Exists(candidate) || !environment.IsDevelopment())
        {
            return File.Exists(candidate) ? candidate : null;
        }

        for (var dir = Directory.GetParent(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            candidate = Path.Combine(dir.FullName, configuredPath);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
