namespace EwpGateway.PartnerSimulator;

/// <summary>One course result of a <see cref="SimTranscript"/>.</summary>
/// <param name="Title">The course title.</param>
/// <param name="Credits">The ECTS credits.</param>
/// <param name="Grade">The grade in the partner's grading scheme.</param>
public sealed record SimCourseResult(string Title, decimal Credits, string Grade);
