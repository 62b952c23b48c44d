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
    /// Until the body passes <see cref="MemoryLimit"/> it is held in chunks rented from the shared pool; a body that stays
    /// under it costs one array of its size, a larger one only the file's buffer (a growing memory stream would have
    /// allocated about twice the limit before moving to the file).
    /// </remarks>
    public static async Task<(Stream Body, byte[] Sha256)?> ReadAsync(Stream source, long limit, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        List<byte[]> held = [];
        var filled = 0;
        FileStream? file = null;
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            long total = 0;
            while (true)
            {
                if (file is null && filled == chunk.Length)
                {
                    held.Add(chunk);
                    chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
                    filled = 0;
                }

                var read = await source.ReadAsync(chunk.AsMemory(filled), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
                if (total > limit)
                {
                    return null;
                }

                hash.AppendData(chunk, filled, read);
                if (file is not null)
                {
                    await file.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
                    continue;
                }

                filled += read;
                if (total > MemoryLimit)
                {
                    file = CreateFile();
                    foreach (var full in held)
                    {
                        await file.WriteAsync(full, cancellationToken);
                    }

                    await file.WriteAsync(chunk.AsMemory(0, filled), cancellationToken);
                    Return(held);
                    filled = 0;
                }
            }

            Stream body;
            if (file is not null)
            {
                await file.FlushAsync(cancellationToken);
                file.Position = 0;
                body = file;
                file = null;
            }
            else
            {
                var bytes = new byte[total];
                var at = 0;
                foreach (var full in held)
                {
                    full.CopyTo(bytes, at);
                    at += full.Length;
                }

                chunk.AsSpan(0, filled).CopyTo(bytes.AsSpan(at));
                body = new MemoryStream(bytes, writable: false);
            }

            return (body, hash.GetHashAndReset());
        }
        finally
        {
            if (file is not null)
            {
                await file.DisposeAsync();
            }

            Return(held);
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    private static void Return(List<byte[]> chunks)
    {
        foreach (var held in chunks)
        {
            ArrayPool<byte>.Shared.Return(held);
        }

        chunks.Clear();
    }

    private static FileStream CreateFile() => new(
        Path.Combine(Path.GetTempPath(), "ewp-response-" + Guid.NewGuid().ToString("N")),
        FileMode.CreateNew,
        FileAccess.ReadWrite,
        FileShare.None,
        64 * 1024,
        FileOptions.DeleteOnClose | FileOptions.Asynchronous);
}
