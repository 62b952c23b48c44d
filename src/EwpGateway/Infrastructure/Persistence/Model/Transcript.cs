namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A transcript of records of one mobility (EWP IMobility ToRs / ELMO).</summary>
internal sealed class Transcript : AggregateRoot
{
    /// <summary>The omobility id of the nomination the transcript belongs to.</summary>
    public string OmobilityId { get; set; } = "";

    public string SendingHeiId { get; set; } = "";

    public string ReceivingHeiId { get; set; } = "";

    public Learner Learner { get; set; } = new();

    public DateTimeOffset IssueDate { get; set; }

    public List<TranscriptResult> Results { get; set; } = [];

    public List<TranscriptAttachment> Attachments { get; set; } = [];
}
