using System.Xml;
using System.Xml.Linq;

namespace EwpGateway.Infrastructure.Xml;

/// <summary>
/// The only way we read XML from outside: no DTDs, no external entities or resolution, bounded size.
/// </summary>
internal static class HardenedXml
{
    /// <summary>Default cap on characters in a document (16 Mi), far above any EWP response we expect.</summary>
    public const long DefaultMaxCharacters = 16L * 1024 * 1024;

    /// <summary>Deepest element nesting accepted (EWP documents stay far below it).</summary>
    public const int MaxDepth = 64;

    /// <summary>A hardened reader over <paramref name="stream"/> that also refuses nesting deeper than <see cref="MaxDepth"/>.</summary>
    /// <param name="stream">The document.</param>
    /// <param name="maxCharacters">Upper bound on the characters of the whole document.</param>
    /// <param name="async">Whether the reader is used with its async methods.</param>
    /// <param name="wrap">Wraps the parser before the depth check (e.g. a <see cref="LiftingXmlReader"/>, which needs the
    /// parser itself underneath).</param>
    public static XmlReader CreateReader(Stream stream, long maxCharacters = DefaultMaxCharacters, bool async = false, Func<XmlReader, XmlReader>? wrap = null)
    {
        var settings = CreateReaderSettings(maxCharacters);
        settings.Async = async;
        var parser = XmlReader.Create(stream, settings);
        return new DepthLimitedXmlReader(wrap is null ? parser : wrap(parser), MaxDepth);
    }

    /// <summary>Reader settings safe for untrusted input.</summary>
    /// <param name="maxCharacters">Upper bound on the characters of the whole document.</param>
    public static XmlReaderSettings CreateReaderSettings(long maxCharacters = DefaultMaxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        MaxCharactersFromEntities = 0,
        IgnoreProcessingInstructions = true,
        IgnoreComments = true,
        CloseInput = false,
    };

    /// <summary>Parses <paramref name="stream"/> into an <see cref="XDocument"/> with line information.</summary>
    /// <exception cref="XmlException">The document is not well-formed, has a DTD or is too large.</exception>
    public static Task<XDocument> LoadAsync(Stream stream, CancellationToken cancellationToken) =>
        LoadAsync(stream, DefaultMaxCharacters, cancellationToken);

    /// <summary>Parses <paramref name="stream"/> into an <see cref="XDocument"/> with line information.</summary>
    /// <exception cref="XmlException">The document is not well-formed, has a DTD or is too large.</exception>
    public static async Task<XDocument> LoadAsync(Stream stream, long maxCharacters, CancellationToken cancellationToken)
    {
        using var reader = CreateReader(stream, maxCharacters, async: true);
        return await XDocument.LoadAsync(reader, LoadOptions.SetLineInfo, cancellationToken);
    }
}
