namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>One course / learning-opportunity result of a transcript (ELMO <c>learningOpportunitySpecification</c>).</summary>
internal sealed class TranscriptResult
{
    public string? CourseCode { get; set; }

    public string Title { get; set; } = "";

    public decimal? EctsCredits { get; set; }

    /// <summary>The grade as given by the partner, in its own scheme.</summary>
    public string? Grade { get; set; }

    /// <summary>The partner's grading scheme (id or description).</summary>
    public string? GradingScheme { get; set; }

    /// <summary>The grade converted to our home scale (the original is kept in <see cref="Grade"/>).</summary>
    public string? HomeGrade { get; set; }

    /// <summary>Academic term, e.g. <c>2025/2026-1/2</c>.</summary>
    public string? AcademicTerm { get; set; }
}
