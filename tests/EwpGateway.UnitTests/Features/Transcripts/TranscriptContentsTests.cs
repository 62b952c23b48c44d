using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.UnitTests.Features.Transcripts;

public sealed class TranscriptContentsTests
{
    [Fact]
    public void Dispose_KeptRawPayloadAndAttachment_TemporaryFilesDeleted()
    {
        var contents = new TranscriptContents();
        contents.SetRawPayload(s => s.Write("<elmo/>"u8));
        Assert.True(contents.TryAddAttachment(new TranscriptAttachment(), s =>
        {
            s.Write(new byte[70_000]);
            return true;
        }));
        string[] files = [contents.RawPayload!.Name, contents.Attachments[0].Content.Name];
        Assert.All(files, f => Assert.True(File.Exists(f)));

        contents.Dispose();

        Assert.All(files, f => Assert.False(File.Exists(f), f));
        Assert.True(contents.IsEmpty);
    }

    [Fact]
    public void TryAddAttachment_WriteFails_NotKeptAndFileDeleted()
    {
        using var contents = new TranscriptContents();
        string? name = null;

        var added = contents.TryAddAttachment(new TranscriptAttachment(), s =>
        {
            name = ((FileStream)s).Name;
            s.Write(new byte[10]);
            return false;
        });

        Assert.False(added);
        Assert.True(contents.IsEmpty);
        Assert.False(File.Exists(name));
    }

    [Fact]
    public void TryAddAttachment_WriteThrows_FileDeleted()
    {
        using var contents = new TranscriptContents();
        string? name = null;

        Assert.Throws<IOException>(() => contents.TryAddAttachment(new TranscriptAttachment(), s =>
        {
            name = ((FileStream)s).Name;
            throw new IOException("disk full");
        }));

        Assert.True(contents.IsEmpty);
        Assert.False(File.Exists(name));
    }

    [Theory]
    [InlineData("<elmo>a</elmo>", true)]
    [InlineData("<elmo>b</elmo>", false)]
    [InlineData("<elmo>a</elmo> ", false)]
    [InlineData(null, false)]
    public void RawPayloadEquals_StoredBytes_ComparedByteForByte(string? stored, bool expected)
    {
        using var contents = new TranscriptContents();
        contents.SetRawPayload(s => s.Write("<elmo>a</elmo>"u8));

        var same = contents.RawPayloadEquals(stored is null ? null : System.Text.Encoding.UTF8.GetBytes(stored));

        Assert.Equal(expected, same);
        Assert.Equal(0, contents.RawPayload!.Position);
    }
}
