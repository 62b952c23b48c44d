namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A credit of a learning opportunity in a scheme other than ECTS (ELMO <c>credit</c>).</summary>
internal sealed class TranscriptCredit
{
    public string Scheme { get; set; } = "";

    /// <summary>ELMO credit <c>level</c>: Bachelor, Master or PhD.</summary>
    public string? Level { get; set; }

    public decimal? Value { get; set; }
}
