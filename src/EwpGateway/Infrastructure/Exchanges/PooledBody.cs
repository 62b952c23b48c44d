using System.Buffers;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>
/// A body kept for the communication log in memory rented from the shared array pool, growing as it is written: a
/// captured response costs no fresh (often large-object-heap) array per request. Dispose it, once read, to return it.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private byte[] _buffer = [];

    public int Length { get; private set; }

    public ReadOnlySpan<byte> Span => _buffer.AsSpan(0, Length);

    public void Append(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return;
        }

        if (_buffer.Length - Length < bytes.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(Length + bytes.Length, Math.Min(_buffer.Length * 2, Array.MaxLength)));
            Span.CopyTo(larger);
            Return();
            _buffer = larger;
        }

        bytes.CopyTo(_buffer.AsSpan(Length));
        Length += bytes.Length;
    }

    public void Dispose()
    {
        Return();
        _buffer = [];
        Length = 0;
    }

    private void Return()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }
    }
}
