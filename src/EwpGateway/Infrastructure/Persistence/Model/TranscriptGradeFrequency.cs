namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>One row of a ToR <c>gradeConversionTable</c>: the share of a grade label within an ISCED code.</summary>
internal sealed class TranscriptGradeFrequency
{
    public string IscedCode { get; set; } = "";

    public string Label { get; set; } = "";

    /// <summary>The percentage (an <c>xs:decimal</c>), kept as written so that <c>2.0</c> stays <c>2.0</c>.</summary>
    public string Percentage { get; set; } = "";
}
