using System.IO.Compression;
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

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.ToArray();
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
