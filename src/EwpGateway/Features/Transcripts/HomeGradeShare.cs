namespace EwpGateway.Features.Transcripts;

/// <summary>One grade of our home scale and the share of passing results that get it (see <see cref="GradeConversionOptions"/>).</summary>
internal sealed class HomeGradeShare
{
    /// <summary>The home grade as it is written, e.g. <c>16</c>. Required.</summary>
    public string Grade { get; set; } = "";

    /// <summary>The percentage of passing results with this grade (over 0; the shares add up to 100).</summary>
    public decimal Percentage { get; set; }
}
