namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>Finds the repository's source tree from the test binaries, for test data and the node cross-check.</summary>
internal static class SourceRoot
{
    public static string HttpSignaturesTests { get; } = Path.Combine(Find(), "tests", "EwpGateway.UnitTests", "HttpSignatures");

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "EwpGateway.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"EwpGateway.sln not found above {AppContext.BaseDirectory}.");
    }
}
