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

    /// <summary>When the partner generated the ELMO document (<c>generatedDate</c>); null for our own, which get the
    /// time of serving.</summary>
    public DateTimeOffset? GeneratedDate { get; set; }

    /// <summary>The learner's identifiers other than the ESI (kept in <see cref="Learner.GlobalId"/>), in document order.</summary>
    public List<OtherId> LearnerIdentifiers { get; set; } = [];

    /// <summary>The issuer of a partner's report (ELMO <c>issuer</c>); empty for our own, which take the configured issuer.</summary>
    public List<OtherId> IssuerIdentifiers { get; set; } = [];

    /// <summary>The issuer's names, one per language.</summary>
    public List<LocalizedText> IssuerTitles { get; set; } = [];

    /// <summary>The issuer's country (ISO 3166-1 alpha-2).</summary>
    public string? IssuerCountry { get; set; }

    public string? IssuerUrl { get; set; }

    /// <summary>A partner report's grading schemes, one row per description (ELMO <c>gradingScheme</c>); empty for our
    /// own, whose schemes are derived from <see cref="TranscriptResult.GradingScheme"/>.</summary>
    public List<TranscriptGradingScheme> GradingSchemes { get; set; } = [];

    /// <summary>The ToR's <c>gradeConversionTable</c>: grade frequencies per ISCED code.</summary>
    public List<TranscriptGradeFrequency> GradeConversion { get; set; } = [];

    /// <summary>For a partner's ToR: the outcome of checking the ELMO document's XML signature.</summary>
    public ElmoSignatureStatus ElmoSignature { get; set; } = ElmoSignatureStatus.NotChecked;

    /// <summary>Why the ELMO signature check gave <see cref="ElmoSignature"/> (e.g. which reference failed).</summary>
    public string? ElmoSignatureDetail { get; set; }
}
