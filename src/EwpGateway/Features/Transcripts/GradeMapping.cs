namespace EwpGateway.Features.Transcripts;

/// <summary>An explicit conversion table for one partner grading scheme (see <see cref="GradeConversionOptions"/>).</summary>
internal sealed class GradeMapping
{
    /// <summary>The partner HEI it applies to; null or empty: every partner using <see cref="Scheme"/>.</summary>
    public string? PartnerHeiId { get; set; }

    /// <summary>
    /// The partner's grading scheme, matched (case-insensitively) against the ELMO <c>gradingScheme</c>'s
    /// <c>localId</c> or its description. Required.
    /// </summary>
    public string Scheme { get; set; } = "";

    /// <summary>Partner grade (the ELMO <c>resultLabel</c>, case-insensitive) to home grade. At least one.</summary>
    public Dictionary<string, string> Grades { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
