namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A document attached to a transcript, e.g. the signed PDF.</summary>
internal sealed class TranscriptAttachment
{
    public string Title { get; set; } = "";

    public string MediaType { get; set; } = "application/pdf";

    public byte[] Content { get; set; } = [];
}
