using System.Buffers;
using System.IO.Compression;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Queues;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>
/// Takes exchanges from the EWP pipeline and the partner clients without waiting for the database: they are queued
/// (bounded) and written in batches by <see cref="ExchangeLogWriter"/>.
/// </summary>
internal sealed class ExchangeRecorder
{
    private readonly IOptionsMonitor<ExchangeLogOptions> _options;

    public ExchangeRecorder(IOptionsMonitor<ExchangeLogOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Queue = new WriteBehindQueue<QueuedExchange>(options.CurrentValue.QueueCapacity);
    }

    public bool Enabled => _options.CurrentValue.Enabled;

    public int MaxBodyBytes => _options.CurrentValue.KeepBodies ? _options.CurrentValue.MaxBodyBytes : 0;

    /// <summary>Exchanges not recorded because the queue was full.</summary>
    public long Dropped => Queue.Dropped;

    public WriteBehindQueue<QueuedExchange> Queue { get; }

    /// <summary>Queues an exchange whose bodies are already compressed.</summary>
    public void Record(Exchange exchange) => Record(new QueuedExchange(exchange));

    /// <summary>Queues an exchange with bodies the writer compresses; they are released when it is not kept.</summary>
    public void Record(QueuedExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        if (!Enabled || !Queue.TryAdd(exchange))
        {
            exchange.Dispose();
        }
    }

    /// <summary>Gzip of the captured bytes, or null when nothing was captured.</summary>
    public static byte[]? Compress(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return null;
        }

        using var output = new PooledBufferStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
    }

    /// <summary>
    /// Gzip of the first <paramref name="maxBytes"/> bytes of <paramref name="source"/>, read from its current position
    /// through a pooled buffer (a large body is not copied first); null when it has none.
    /// </summary>
    public static async Task<byte[]?> CompressAsync(Stream source, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var output = new PooledBufferStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            await using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            {
                var left = maxBytes;
                int read;
                while (left > 0 && (read = await source.ReadAsync(chunk.AsMemory(0, Math.Min(chunk.Length, left)), cancellationToken)) > 0)
                {
                    await gzip.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
                    left -= read;
                }

                if (left == maxBytes)
                {
                    return null;
                }
            }

            return output.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
    }

    public static string Decompress(byte[]? body)
    {
        if (body is null)
        {
            return "";
        }

        using var input = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var reader = new StreamReader(input);
        return reader.ReadToEnd();
    }
}
