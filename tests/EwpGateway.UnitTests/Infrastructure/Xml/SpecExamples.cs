namespace EwpGateway.UnitTests.Infrastructure.Xml;

/// <summary>
/// The official example documents live in <c>../shared/ewp-specs</c> next to the repository (never copied
/// into git); tests that need them are skipped where that folder is absent.
/// </summary>
internal static class SpecExamples
{
    private static readonly Lazy<string?> s_folder = new(FindFolder);

    public static string? Folder => s_folder.Value;

    public static string PathOf(string relativePath)
    {
        Assert.SkipWhen(Folder is null, "../shared/ewp-specs is not available here.");
        return Path.Combine(Folder!, relativePath);
    }

    public static FileStream Open(string relativePath) => File.OpenRead(PathOf(relativePath));

    private static string? FindFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EwpGateway.sln")))
            {
                var specs = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "ewp-specs"));
                return Directory.Exists(specs) ? specs : null;
            }
        }

        return null;
    }
}
