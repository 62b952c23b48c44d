namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>A text in one language (EWP <c>StringWithOptionalLang</c>).</summary>
internal sealed class LocalizedText
{
    /// <summary>BCP 47 language tag, e.g. <c>en</c>; null when the language is not known.</summary>
    public string? Lang { get; set; }

    public string Text { get; set; } = "";
}
