namespace EwpGateway.Benchmarks.Hosting;

/// <summary>A temporary folder for one gateway run (database, keys, catalogue), deleted afterwards.</summary>
internal sealed class BenchFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("ewp-bench-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a stopping gateway: the OS cleans the temporary folder later.
        }
    }
}
