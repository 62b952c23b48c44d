namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>How many learners got one result label (ELMO <c>resultDistribution/category</c>).</summary>
internal sealed class TranscriptResultCategory
{
    public string Label { get; set; } = "";

    public long Count { get; set; }
}
