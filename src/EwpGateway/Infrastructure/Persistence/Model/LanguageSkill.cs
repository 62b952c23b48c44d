namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A recommended language skill: language, CEFR level, optionally for one ISCED-F subject area.</summary>
internal sealed class LanguageSkill
{
    /// <summary>BCP 47 language tag, e.g. <c>en</c>.</summary>
    public string Language { get; set; } = "";

    /// <summary>CEFR level, e.g. <c>B2</c>.</summary>
    public string? CefrLevel { get; set; }

    public string? IscedFCode { get; set; }

    public string? IscedClarification { get; set; }
}
