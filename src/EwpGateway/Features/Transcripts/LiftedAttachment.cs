using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// The content of an ELMO attachment that was too large to parse into a string (<see cref="LiftingXmlReader"/>):
/// read as <see cref="TorXmlReader"/> reads a small one, the base64 of its <c>data:</c> URI decoded in chunks from the
/// temporary file straight into one array of the exact size, or, given <see cref="TranscriptContents"/>, into another
/// temporary file that the store streams into the database.
/// </summary>
internal static class LiftedAttachment
{
    public static void Fill(TranscriptAttachment attachment, LiftedText content, TranscriptContents? spool = null)
    {
        var head = content.Head.TrimStart();
        var comma = head.IndexOf(',', StringComparison.Ordinal);
        if (!head.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0)
        {
            attachment.ContentUri = content.ReadAll().Trim();
            return;
        }

        var mediaType = head[5..comma].Split(';')[0];
        attachment.MediaType = mediaType.Length == 0 ? "text/plain" : mediaType;
        var base64 = head.AsSpan(0, comma).EndsWith(";base64", StringComparison.OrdinalIgnoreCase);
        if (base64 && spool is not null)
        {
            if (spool.TryAddAttachment(attachment, content.DecodeBase64PayloadTo))
            {
                return;
            }
        }
        else if (base64 && content.DecodeBase64Payload() is { } bytes)
        {
            attachment.Content = bytes;
            return;
        }

        attachment.ContentUri = content.ReadAll().Trim();
    }
}
