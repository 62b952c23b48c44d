namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>Writes through to the response body and keeps a copy of the first <c>limit</c> bytes for the log.</summary>
internal sealed class CapturingStream(Stream inner, int limit) : Stream
{
    private PooledBody? _copy = new();

    public bool Truncated { get; private set; }

    /// <summary>Hands the copy over (the caller disposes it); null when nothing was written.</summary>
    public PooledBody? Detach()
    {
        var copy = _copy;
        _copy = null;
        if (copy is { Length: 0 })
        {
            copy.Dispose();
            return null;
        }

        return copy;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        Keep(buffer.AsSpan(offset, count));
        inner.Write(buffer, offset, count);
    }

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Keep(buffer.Span);
        await inner.WriteAsync(buffer, cancellationToken);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() => inner.Flush();

    public override Task FlushAsync(CancellationToken cancellationToken) => inner.FlushAsync(cancellationToken);

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void Keep(ReadOnlySpan<byte> bytes)
    {
        if (_copy is null)
        {
            return;
        }

        var room = limit - _copy.Length;
        if (bytes.Length > room)
        {
            Truncated = true;
        }

        if (room > 0)
        {
            _copy.Append(bytes[..Math.Min(room, bytes.Length)]);
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _copy?.Dispose();
            _copy = null;
        }

        base.Dispose(disposing);
    }
}
