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

    private const int ChunkSize = 64 * 1024;

    /// <returns>The body (positioned at its start) and its SHA-256, or null when it has more than <paramref name="limit"/> bytes.</returns>
    /// <remarks>
    /// Until the body passes <see cref="MemoryLimit"/> it is held in a <see cref="PooledBufferStream"/>; a body that stays
    /// under it costs one array of its size, a larger one only the file's buffer (a growing memory stream would have
    /// allocated about twice the limit before moving to the file).
    /// </remarks>
    public static async Task<(Stream Body, byte[] Sha256)?> ReadAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var held = new PooledBufferStream();
        FileStream? file = null;
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(chunk, cancellationToken)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    return null;
                }

                hash.AppendData(chunk, 0, read);
                if (file is null && total > MemoryLimit)
                {
                    file = CreateFile();
                    await held.WriteToAsync(file, cancellationToken);
                }

                await (file ?? (Stream)held).WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            }

            if (file is null)
            {
                return (new MemoryStream(held.ToArray(), writable: false), hash.GetHashAndReset());
            }

            await file.FlushAsync(cancellationToken);
            file.Position = 0;
            var body = file;
            file = null;
            return (body, hash.GetHashAndReset());
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync();
            }

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
