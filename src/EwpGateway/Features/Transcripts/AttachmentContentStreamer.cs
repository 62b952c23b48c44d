using System.Buffers;
using System.Xml;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Writes the content of an attachment that <see cref="TorQueries"/> left in the database (a PDF of megabytes) as
/// base64 straight from the database into the response, a chunk at a time.
/// </summary>
internal sealed class AttachmentContentStreamer(GatewayDbContextFactory factory)
{
    private const int ChunkBytes = 48 * 1024;

    /// <summary>The tag that makes a transcript query leave the attachments' content out.</summary>
    public static readonly string DeferTag = DeferredBlobInterceptor.Tag("TranscriptAttachments", "Content");

    /// <summary>Whether the content of <paramref name="attachment"/> was left out of its query and is to be streamed.</summary>
    public static bool IsDeferred(TranscriptAttachment attachment) =>
        attachment.RowId > 0 && attachment.ContentUri is null && attachment.Content.Length == 0;

    public async Task WriteBase64Async(XmlWriter writer, TranscriptAttachment attachment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(attachment);
        await using var db = factory.CreateDbContext();
        var found = await BlobColumnReader.CopyAsync(db, "TranscriptAttachments", "RowId", "Content", attachment.RowId, async (content, token) =>
        {
            var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
            try
            {
                int read;
                while ((read = await content.ReadAsync(buffer.AsMemory(0, ChunkBytes), token)) > 0)
                {
                    await writer.WriteBase64Async(buffer, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }, ct);
        if (!found)
        {
            throw new InvalidOperationException($"The attachment row {attachment.RowId} was removed while its transcript was being served.");
        }
    }
}
