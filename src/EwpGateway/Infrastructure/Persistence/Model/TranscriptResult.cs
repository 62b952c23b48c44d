namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>One course / learning-opportunity result of a transcript (ELMO <c>learningOpportunitySpecification</c>).</summary>
internal sealed class TranscriptResult
{
    public string? CourseCode { get; set; }

    /// <summary>The first title given, for readers that show one; <see cref="Titles"/> has all of them with their language.</summary>
    public string Title { get; set; } = "";

    /// <summary>The titles, one per language (ELMO <c>title</c> with <c>xml:lang</c>).</summary>
    public List<LocalizedText> Titles { get; set; } = [];

    public decimal? EctsCredits { get; set; }

    /// <summary>The grade as given by the partner, in its own scheme.</summary>
    public string? Grade { get; set; }

    /// <summary>The partner's grading scheme (id or description).</summary>
    public string? GradingScheme { get; set; }

    /// <summary>The grade converted to our home scale (the original is kept in <see cref="Grade"/>).</summary>
    public string? HomeGrade { get; set; }

    /// <summary>Academic term, e.g. <c>2025/2026-1/2</c>.</summary>
    public string? AcademicTerm { get; set; }

    /// <summary>The result's status, e.g. <c>passed</c> or <c>failed</c> (ELMO <c>status</c>).</summary>
    public string? Status { get; set; }

    /// <summary>When the result was obtained (ELMO <c>date</c>).</summary>
    public DateOnly? ResultDate { get; set; }

    /// <summary>When the learning opportunity instance started (ELMO <c>start</c>).</summary>
    public DateOnly? StartDate { get; set; }

    /// <summary>All identifiers of the specification in document order; <see cref="CourseCode"/> is the main one.</summary>
    public List<OtherId> Identifiers { get; set; } = [];

    /// <summary>ELMO LOS <c>type</c>, e.g. <c>Course</c> or <c>Module</c>.</summary>
    public string? LosType { get; set; }

    /// <summary>ISCED-F code of the subject (ELMO <c>iscedCode</c>).</summary>
    public string? IscedCode { get; set; }

    public string? Url { get; set; }

    /// <summary>The level of the ECTS credit (ELMO <c>credit/level</c>: Bachelor, Master, PhD).</summary>
    public string? CreditLevel { get; set; }

    /// <summary>The partner's <c>gradingSchemeLocalId</c>, pointing into <see cref="Transcript.GradingSchemes"/>.</summary>
    public string? GradingSchemeLocalId { get; set; }

    /// <summary>Credits in schemes other than ECTS (the ECTS one is <see cref="EctsCredits"/>), in document order.</summary>
    public List<TranscriptCredit> OtherCredits { get; set; } = [];

    /// <summary>How many learners got each result label (ELMO <c>resultDistribution</c>).</summary>
    public List<TranscriptResultCategory> ResultDistribution { get; set; } = [];
}
