namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A document attached to a transcript, e.g. the signed PDF.</summary>
internal sealed class TranscriptAttachment
{
    /// <summary>The row's key (the owned rows' <c>RowId</c>, as a property so that a query without tracking gives it).</summary>
    public long RowId { get; set; }

    public string Title { get; set; } = "";

    public string MediaType { get; set; } = "application/pdf";

    public byte[] Content { get; set; } = [];

    /// <summary>The language of <see cref="Title"/> (<c>xml:lang</c>), when given.</summary>
    public string? TitleLang { get; set; }

    /// <summary>ELMO attachment <c>type</c> as given by the partner; null derives it from the media type.</summary>
    public string? Type { get; set; }

    /// <summary>The content as received when it is not a decodable base64 <c>data:</c> URI (a plain URL, or a
    /// truncated one); <see cref="Content"/> is then empty.</summary>
    public string? ContentUri { get; set; }
}
