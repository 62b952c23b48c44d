namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>One description of a partner's grading scheme (ELMO <c>gradingScheme</c>); a scheme without description
/// is one row with an empty <see cref="Description"/>.</summary>
internal sealed class TranscriptGradingScheme
{
    /// <summary>The scheme's <c>localId</c>, referenced by <see cref="TranscriptResult.GradingSchemeLocalId"/>.</summary>
    public string LocalId { get; set; } = "";

    /// <summary>BCP 47 language tag of <see cref="Description"/>, when given.</summary>
    public string? Lang { get; set; }

    public string Description { get; set; } = "";
}
