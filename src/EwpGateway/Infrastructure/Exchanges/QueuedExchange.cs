using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>
/// An exchange waiting for <see cref="ExchangeLogWriter"/>, with the bodies it still has to compress: compressing on the
/// writer's thread keeps that work off the request that was answered.
/// </summary>
internal sealed class QueuedExchange(Exchange exchange, ReadOnlyMemory<byte> request = default, PooledBody? response = null) : IDisposable
{
    public Exchange Exchange => exchange;

    /// <summary>Compresses the bodies into <see cref="Exchange"/> (once) and returns the response's memory to the pool.</summary>
    public Exchange Complete()
    {
        if (!request.IsEmpty)
        {
            exchange.RequestBody = ExchangeRecorder.Compress(request.Span);
            request = default;
        }

        if (response is not null)
        {
            exchange.ResponseBody = ExchangeRecorder.Compress(response.Span);
            Dispose();
        }

        return exchange;
    }

    public void Dispose()
    {
        response?.Dispose();
        response = null;
    }
}
