namespace EwpGateway.PartnerSimulator;

/// <summary>
/// A transcript of records the partner (as receiving HEI) issued for one of the gateway's outgoing students,
/// served by IMobility ToRs v2 as an ELMO v1 document.
/// </summary>
public sealed record SimTranscript
{
    /// <summary>Gets the gateway's omobility id.</summary>
    public required string OmobilityId { get; init; }

    /// <summary>Gets the sending HEI (default: the gateway, filled in when the transcript is served).</summary>
    public string? SendingHeiId { get; init; }

    /// <summary>Gets the learner's given names.</summary>
    public required string GivenNames { get; init; }

    /// <summary>Gets the learner's family name.</summary>
    public required string FamilyName { get; init; }

    /// <summary>Gets the learner's birth date.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Gets the course results.</summary>
    public required IReadOnlyList<SimCourseResult> Results { get; init; }

    /// <summary>Gets the grading scheme of the results.</summary>
    public required SimGradingScheme GradingScheme { get; init; }

    /// <summary>
    /// Gets the official PDF transcript attached to the report (an ELMO <c>attachment</c> of type
    /// <c>Transcript of Records</c> whose content is a base64 <c>data:</c> URI), or <see langword="null"/> for none.
    /// </summary>
    public byte[]? Pdf { get; init; }

    /// <summary>Gets a value indicating whether the ELMO document carries an enveloped XML signature with the partner's server key.</summary>
    public bool Signed { get; init; }

    /// <summary>Gets when it last changed (set by <see cref="SimObjectSet{T}.Upsert"/>).</summary>
    public DateTimeOffset ModifiedAt { get; init; }
}
