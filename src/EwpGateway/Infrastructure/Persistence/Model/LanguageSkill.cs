namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A recommended language skill: language, CEFR level, optionally for one ISCED-F subject area.</summary>
internal sealed class LanguageSkill
{
    /// <summary>BCP 47 language tag, e.g. <c>en</c>.</summary>
    public string Language { get; set; } = "";

    /// <summary>CEFR level, e.g. <c>B2</c>.</summary>
    public string? CefrLevel { get; set; }

    public string? IscedFCode { get; set; }

    /// <summary>The v6 ISCED-F code (1-3 digits) that <see cref="IscedFCode"/> was derived from (EWP <c>v6-value</c>).</summary>
    public string? IscedV6Value { get; set; }

    public string? IscedClarification { get; set; }

    /// <summary>EWP <c>not-yet-defined</c>: a placeholder of a v6 agreement; the values are kept as received.</summary>
    public bool NotYetDefined { get; set; }
}
