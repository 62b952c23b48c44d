using System.Buffers;

namespace EwpGateway.HttpSignatures;

/// <summary>
/// A write-only stream that collects its bytes in chunks rented from the shared pool and hands them out as one array
/// of the exact size, or copies them to another stream. A <see cref="MemoryStream"/> doubles its buffer as it grows and
/// copies again for its array: about three times the bytes allocated; this allocates the final array only. Dispose
/// returns the chunks. Used by the response spool here and by the gateway (exchange log gzip, raw payloads).
/// </summary>
internal sealed class PooledBufferStream : WriteOnlyStream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> _chunks = [];
    private int _usedInLast;
    private long _length;
    private bool _disposed;

    public override long Length => _length;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (!buffer.IsEmpty)
        {
            if (_chunks.Count == 0 || _usedInLast == _chunks[^1].Length)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _usedInLast = 0;
            }

            var last = _chunks[^1];
            var count = Math.Min(buffer.Length, last.Length - _usedInLast);
            buffer[..count].CopyTo(last.AsSpan(_usedInLast));
            _usedInLast += count;
            _length += count;
            buffer = buffer[count..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    /// <summary>The bytes written so far, in one new array.</summary>
    public byte[] ToArray()
    {
        var result = new byte[_length];
        var at = 0;
        foreach (var chunk in Written())
        {
            chunk.Span.CopyTo(result.AsSpan(at));
            at += chunk.Length;
        }

        return result;
    }

    /// <summary>Writes the bytes written so far to <paramref name="destination"/>, in order.</summary>
    public async Task WriteToAsync(Stream destination, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        foreach (var chunk in Written())
        {
            await destination.WriteAsync(chunk, cancellationToken);
        }
    }

    protected override void Dispose(bool disposing)
    {
        foreach (var chunk in _chunks)
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        _chunks.Clear();
        _usedInLast = 0;
        _disposed = true;
        base.Dispose(disposing);
    }

    /// <summary>The used part of each chunk.</summary>
    private IEnumerable<ReadOnlyMemory<byte>> Written()
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            yield return _chunks[i].AsMemory(0, i == _chunks.Count - 1 ? _usedInLast : _chunks[i].Length);
        }
    }
}
