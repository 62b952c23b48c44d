using System.IO.Compression;
using EwpGateway.Infrastructure.Exchanges;

namespace EwpGateway.UnitTests.Infrastructure.Exchanges;

/// <summary>
/// The exchange log's gzip of a body: from bytes in memory, or from the first bytes of a stream (a partner's answer
/// held in a file), across the pooled buffer's chunk boundaries.
/// </summary>
public sealed class ExchangeCompressionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(65_536)]
    [InlineData(300_001)]
    public void Compress_Bytes_GunzipsToThem(int size)
    {
        var body = Body(size);

        var gzip = ExchangeRecorder.Compress(body);

        Assert.Equal(body, Gunzip(gzip!));
    }

    [Fact]
    public void Compress_Nothing_IsNull() => Assert.Null(ExchangeRecorder.Compress([]));

    [Theory]
    [InlineData(10, 100)]
    [InlineData(200_000, 200_000)]
    [InlineData(500_000, 131_073)]
    public async Task CompressAsync_Stream_GunzipsToItsFirstBytes(int size, int maxBytes)
    {
        var body = Body(size);
        await using var source = new MemoryStream(body);

        var gzip = await ExchangeRecorder.CompressAsync(source, maxBytes, Ct);

        Assert.Equal(body.AsSpan(0, Math.Min(size, maxBytes)).ToArray(), Gunzip(gzip!));
    }

    [Fact]
    public async Task CompressAsync_EmptyStream_IsNull()
    {
        await using var source = new MemoryStream();

        Assert.Null(await ExchangeRecorder.CompressAsync(source, 1000, Ct));
    }

    private static byte[] Body(int size)
    {
        // Text-like (compressible) with some noise, as an XML answer with base64 in it.
        var body = new byte[size];
        var random = new Random(size);
        for (var i = 0; i < size; i++)
        {
            body[i] = i % 5 == 0 ? (byte)random.Next(256) : (byte)('a' + (i % 26));
        }

        return body;
    }

    private static byte[] Gunzip(byte[] gzip)
    {
        using var input = new GZipStream(new MemoryStream(gzip), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
