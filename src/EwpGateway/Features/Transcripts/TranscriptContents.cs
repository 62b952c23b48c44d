using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// The large parts of one partner transcript kept in temporary files instead of its <see cref="Transcript"/> (whose
/// <see cref="Provenance.RawPayload"/> and <see cref="TranscriptAttachment.Content"/> stay empty for them): the ELMO
/// document as received and the decoded content of its large attachments. <see cref="TranscriptStore"/> streams them
/// into the rows once these are saved, in the same transaction. Owns the files: dispose it when stored.
/// </summary>
internal sealed class TranscriptContents : IDisposable
{
    private readonly List<(TranscriptAttachment Attachment, FileStream Content)> _attachments = [];

    /// <summary>The ELMO document as received, when it is kept here.</summary>
    public FileStream? RawPayload { get; private set; }

    /// <summary>The attachments whose content is kept here, with it.</summary>
    public IReadOnlyList<(TranscriptAttachment Attachment, FileStream Content)> Attachments => _attachments;

    /// <summary>Whether anything is kept here.</summary>
    public bool IsEmpty => RawPayload is null && _attachments.Count == 0;

    /// <summary>Writes the ELMO document with <paramref name="write"/> to a new temporary file, kept as the raw payload.</summary>
    public void SetRawPayload(Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var file = TemporaryFile.Create("ewp-elmo-");
        RawPayload?.Dispose();
        RawPayload = file;
        write(file);
        file.Flush();
        file.Position = 0;
    }

    /// <summary>
    /// Writes the content of <paramref name="attachment"/> with <paramref name="write"/> to a new temporary file, kept
    /// when <paramref name="write"/> says it succeeded (deleted otherwise).
    /// </summary>
    public bool TryAddAttachment(TranscriptAttachment attachment, Func<Stream, bool> write)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        ArgumentNullException.ThrowIfNull(write);
        var file = TemporaryFile.Create("ewp-attachment-");
        try
        {
            if (!write(file))
            {
                file.Dispose();
                return false;
            }

            file.Flush();
            file.Position = 0;
            _attachments.Add((attachment, file));
            return true;
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Whether the kept raw payload holds the same bytes as <paramref name="stored"/>.</summary>
    public bool RawPayloadEquals(byte[]? stored)
    {
        if (RawPayload is null)
        {
            throw new InvalidOperationException("No raw payload is kept here.");
        }

        if (stored is null || RawPayload.Length != stored.LongLength)
        {
            return false;
        }

        RawPayload.Position = 0;
        var buffer = new byte[TemporaryFile.BufferSize];
        var at = 0;
        int read;
        while ((read = RawPayload.Read(buffer)) > 0)
        {
            if (!buffer.AsSpan(0, read).SequenceEqual(stored.AsSpan(at, read)))
            {
                RawPayload.Position = 0;
                return false;
            }

            at += read;
        }

        RawPayload.Position = 0;
        return at == stored.Length;
    }

    /// <summary>Streams what is kept here into the saved rows of <paramref name="stored"/> (same transaction as <paramref name="db"/>).</summary>
    public async Task WriteToAsync(GatewayDbContext db, Transcript stored, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stored);
        if (RawPayload is not null)
        {
            RawPayload.Position = 0;
            await Require(BlobColumnWriter.WriteAsync(db, "Transcripts", "Id", "Provenance_RawPayload", stored.Id, RawPayload, ct));
        }

        foreach (var (attachment, content) in _attachments)
        {
            content.Position = 0;
            await Require(BlobColumnWriter.WriteAsync(db, "TranscriptAttachments", "RowId", "Content", attachment.RowId, content, ct));
        }
    }

    public void Dispose()
    {
        RawPayload?.Dispose();
        RawPayload = null;
        foreach (var (_, content) in _attachments)
        {
            content.Dispose();
        }

        _attachments.Clear();
    }

    private static async Task Require(Task<bool> written)
    {
        if (!await written)
        {
            throw new InvalidOperationException("A transcript row was not found to write its content into, right after saving it.");
        }
    }
}
