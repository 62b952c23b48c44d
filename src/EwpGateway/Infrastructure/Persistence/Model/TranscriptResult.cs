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
}
