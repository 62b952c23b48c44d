using System.Net;
using System.Security.Cryptography;
using EwpGateway.HttpSignatures;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>
/// A partner cannot make the signing handler read without bound: an answer over
/// <see cref="EwpSigningHandlerOptions.MaxResponseBodySize"/> is refused after at most that many bytes (none when its
/// Content-Length says so), and an unsigned error answer is passed on cut to the limit.
/// </summary>
public sealed class EwpSigningHandlerBodyLimitTests
{
    private const int Limit = 64 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SendAsync_EndlessBody_RefusedAfterReadingAboutTheLimit()
    {
        var body = new EndlessStream();
        using var client = Client(HttpStatusCode.OK, new StreamContent(body));

        var refused = await Assert.ThrowsAsync<HttpSignatureVerificationException>(() => client.GetAsync(new Uri("https://partner.example/x"), Ct));

        Assert.Equal(HttpSignatureFailureReason.BodyTooLarge, refused.Reason);
        Assert.InRange(body.BytesRead, Limit + 1, Limit + (64 * 1024));
    }

    [Fact]
    public async Task SendAsync_AnnouncedLengthOverTheLimit_RefusedWithoutReading()
    {
        var body = new EndlessStream();
        var content = new StreamContent(body);
        content.Headers.ContentLength = 10L * 1024 * 1024 * 1024;
        using var client = Client(HttpStatusCode.OK, content);

        var refused = await Assert.ThrowsAsync<HttpSignatureVerificationException>(() => client.GetAsync(new Uri("https://partner.example/x"), Ct));

        Assert.Equal(HttpSignatureFailureReason.BodyTooLarge, refused.Reason);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task SendAsync_UnsignedErrorOverTheLimit_PassedOnCutToTheLimit()
    {
        using var client = Client(HttpStatusCode.ServiceUnavailable, new StreamContent(new EndlessStream()));

        using var response = await client.GetAsync(new Uri("https://partner.example/x"), Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True((await response.Content.ReadAsByteArrayAsync(Ct)).Length <= Limit);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-1L)]
    [InlineData(long.MaxValue)]
    public void Constructor_LimitOutOfRange_Throws(long limit) =>
        Assert.Throws<ArgumentException>(() => new EwpSigningHandler(new EwpSigningHandlerOptions
        {
            PrivateKey = TestKeys.LoadClient(),
            RequireSignedResponses = false,
            MaxResponseBodySize = limit,
        }));

    private static HttpClient Client(HttpStatusCode status, HttpContent content) => new(new EwpSigningHandler(new EwpSigningHandlerOptions
    {
        PrivateKey = TestKeys.LoadClient(),
        ServerKeyResolver = new NoKeys(),
        MaxResponseBodySize = Limit,
    })
    {
        InnerHandler = new Answering(status, content),
    });

    private sealed class Answering(HttpStatusCode status, HttpContent content) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(status) { Content = content, RequestMessage = request });
    }

    private sealed class NoKeys : IServerKeyResolver
    {
        public ValueTask<RSA?> ResolveAsync(string keyId, Uri requestUri, CancellationToken cancellationToken) => ValueTask.FromResult<RSA?>(null);
    }

    /// <summary>A body that never ends, counting what was read of it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
