namespace EwpGateway.Features.SampleData;

/// <summary>Whether to seed the sample dataset (key <c>Ewp:SampleData</c>).</summary>
internal sealed class SampleDataOptions
{
    public const string SectionName = "Ewp";

    /// <summary>Seed the sample institutions, agreements, nominations and transcripts into an empty database. Default <c>false</c>.</summary>
    public bool SampleData { get; set; }
}
