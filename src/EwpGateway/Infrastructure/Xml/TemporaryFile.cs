namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// A new temporary file for a large text or blob kept out of memory while a partner document is processed: read and
/// written through the returned stream, and deleted when that stream is disposed.
/// </summary>
internal static class TemporaryFile
{
    /// <summary>Buffer of the returned stream.</summary>
    public const int BufferSize = 64 * 1024;

    public static FileStream Create(string prefix) =>
        new(
            Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")),
            FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, BufferSize, FileOptions.DeleteOnClose);
}
