using System.Buffers;
using System.Security.Cryptography;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// Reads a response body once, hashing it (SHA-256) as it comes: a small one into memory, a large one (over
/// <see cref="MemoryLimit"/>) into a temporary file deleted when the returned stream is disposed, so that a 20 MB
/// transcript does not cost 20 MB of memory to check its digest.
/// </summary>
internal static class ResponseBodySpool
{
    /// <summary>Bytes kept in memory before the body moves to a temporary file.</summary>
    public const int MemoryLimit = 1024 * 1024;

    /// <returns>The body (positioned at its start) and its SHA-256, or null when it has more than <paramref name="limit"/> bytes.</returns>
    public static async Task<(Stream Body, byte[] Sha256)?> ReadAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Stream target = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    await target.DisposeAsync();
                    return null;
                }

                if (target is MemoryStream memory && total > MemoryLimit)
                {
                    target = CreateFile();
                    memory.Position = 0;
                    await memory.CopyToAsync(target, cancellationToken);
                    await memory.DisposeAsync();
                }

                hash.AppendData(chunk, 0, read);
                await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }

            await target.FlushAsync(cancellationToken);
            target.Position = 0;
            return (target, hash.GetHashAndReset());
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static FileStream CreateFile() => new(
        Path.Combine(Path.GetTempPath(), "ewp-response-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        64 * 1024,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
