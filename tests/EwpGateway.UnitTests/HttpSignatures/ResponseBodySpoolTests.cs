using System.Security.Cryptography;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>
/// The spool that holds a partner's answer while its digest is checked: every byte comes back in order with its SHA-256,
/// whether the body stays in memory or moves to a temporary file past <see cref="ResponseBodySpool.MemoryLimit"/>,
/// and reading stops (null) past the caller's limit. Alone in its collection, run after the others: it counts the
/// spool's temporary files, which other tests' large answers would create meanwhile.
/// </summary>
[Collection(nameof(ResponseBodySpoolTests))]
public sealed class ResponseBodySpoolTests
{
    private const int MemoryLimit = ResponseBodySpool.MemoryLimit;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, false)]
    [InlineData(64 * 1024, false)]
    [InlineData((64 * 1024) + 1, false)]
    [InlineData(MemoryLimit, false)]
    [InlineData(MemoryLimit + 1, true)]
    [InlineData((3 * MemoryLimit) + 12_345, true)]
    public async Task ReadAsync_ShortReads_ReturnsEveryByteAndItsDigest(int size, bool inFile)
    {
        var body = new byte[size];
        new Random(size).NextBytes(body);

        var spooled = await ResponseBodySpool.ReadAsync(new ShortReads(body), 10L * MemoryLimit, Ct);

        Assert.NotNull(spooled);
        await using var read = spooled.Value.Body;
        Assert.Equal(inFile, read is FileStream);
        Assert.Equal(0, read.Position);
        using var copy = new MemoryStream();
        await read.CopyToAsync(copy, Ct);
        Assert.Equal(body, copy.ToArray());
        Assert.Equal(SHA256.HashData(body), spooled.Value.Sha256);
    }

    [Theory]
    [InlineData(1000, 999)]
    [InlineData(MemoryLimit + 10, MemoryLimit)]
    [InlineData((2 * MemoryLimit) + 10, (2 * MemoryLimit) + 9)]
    public async Task ReadAsync_OverTheLimit_ReturnsNullAndLeavesNoFile(int size, long limit)
    {
        var before = SpoolFiles();

        var spooled = await ResponseBodySpool.ReadAsync(new ShortReads(new byte[size]), limit, Ct);

        Assert.Null(spooled);
        Assert.Equal(before, SpoolFiles());
    }

    [Fact]
    public async Task ReadAsync_LargeBody_DeletesItsFileWhenDisposed()
    {
        var before = SpoolFiles();
        var spooled = await ResponseBodySpool.ReadAsync(new ShortReads(new byte[MemoryLimit * 2]), 10L * MemoryLimit, Ct);
        Assert.Equal(before + 1, SpoolFiles());

        await spooled!.Value.Body.DisposeAsync();

        Assert.Equal(before, SpoolFiles());
    }

    private static int SpoolFiles() => Directory.GetFiles(Path.GetTempPath(), "ewp-response-*").Length;

    /// <summary>A body handed out in reads of uneven, mostly short lengths, as a network stream does.</summary>
    private sealed class ShortReads(byte[] body) : MemoryStream(body)
    {
        private int _calls;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, Next()));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, Next())], cancellationToken);

        private int Next() => 1 + (++_calls * 7919 % 50_000);
    }
}

[CollectionDefinition(nameof(ResponseBodySpoolTests), DisableParallelization = true)]
public sealed class ResponseBodySpoolCollection;
