using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>The pooled write buffer behind the response spool, the exchange log's gzip and the raw payloads.</summary>
public sealed class PooledBufferStreamTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Write_AcrossChunks_ToArrayHoldsThemInOrder()
    {
        var body = Body(200_000);
        using var stream = new PooledBufferStream();

        stream.Write(body.AsSpan(0, 1));
        stream.WriteByte(body[1]);
        stream.Write(body, 2, 70_000);
        stream.Write(body.AsSpan(70_002));

        Assert.Equal(body.Length, stream.Length);
        Assert.Equal(body.Length, stream.Position);
        Assert.Equal(body, stream.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65_536)]
    [InlineData(150_001)]
    public async Task WriteToAsync_AcrossChunks_CopiesEveryByteInOrder(int size)
    {
        var body = Body(size);
        using var stream = new PooledBufferStream();
        await stream.WriteAsync(body, Ct);
        await using var destination = new MemoryStream();

        await stream.WriteToAsync(destination, Ct);

        Assert.Equal(body, destination.ToArray());
    }

    [Fact]
    public void Disposed_RefusesWrites()
    {
        var stream = new PooledBufferStream();
        stream.Write([1, 2, 3]);
        stream.Dispose();

        Assert.Throws<ObjectDisposedException>(() => stream.Write([4]));
    }

    private static byte[] Body(int size)
    {
        var body = new byte[size];
        new Random(size).NextBytes(body);
        return body;
    }
}
