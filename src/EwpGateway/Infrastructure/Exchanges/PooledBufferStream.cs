using System.Buffers;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>
/// A write-only stream that collects its bytes in chunks rented from the shared pool and hands them out as one array
/// of the exact size. A <see cref="MemoryStream"/> doubles its buffer as it grows and copies again for its array: about
/// three times the bytes allocated; this allocates the final array only. Dispose returns the chunks.
/// </summary>
internal sealed class PooledBufferStream : Stream
{
    private const int ChunkSize = 64 * 1024;
    private readonly List<byte[]> _chunks = [];
    private int _usedInLast;
    private long _length;
    private bool _disposed;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

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

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

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
        for (var i = 0; i < _chunks.Count; i++)
        {
            var count = i == _chunks.Count - 1 ? _usedInLast : _chunks[i].Length;
            _chunks[i].AsSpan(0, count).CopyTo(result.AsSpan(at));
            at += count;
        }

        return result;
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

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
}
