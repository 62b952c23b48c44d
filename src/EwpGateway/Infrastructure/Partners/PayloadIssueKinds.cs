using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>The <see cref="Persistence.PayloadIssue.Kind"/> codes the partner sources record.</summary>
internal static class PayloadIssueKinds
{
    /// <summary>The answer is not well-formed XML.</summary>
    public const string MalformedXml = "malformed-xml";

    /// <summary>Well-formed, but a required element or attribute is missing.</summary>
    public const string MissingElement = "missing-element";

    /// <summary>Well-formed, but otherwise invalid against the API's schema (unknown element, bad value...).</summary>
    public const string Schema = "schema";

    /// <summary>Valid, but not an object of this exchange (e.g. a nomination to another receiving HEI).</summary>
    public const string UnexpectedObject = "unexpected-object";

    /// <summary>An ELMO document whose XML signature does not verify (stored, flagged).</summary>
    public const string ElmoSignature = "elmo-signature";

    /// <summary><see cref="MissingElement"/> when every error is about something missing, else <see cref="Schema"/>.</summary>
    public static string Of(IReadOnlyList<XmlValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count > 0 && errors.All(e => IsMissing(e.Message)) ? MissingElement : Schema;
    }

    // .NET's schema validator words a missing required element as "has incomplete content" (nothing follows it) or
    // as an "invalid child element" that the content model expects later: the name of that child then is not one of
    // the expected ones but is no stranger either. Unknown elements and bad values are schema errors.
    private static bool IsMissing(string message) =>
        message.Contains("has incomplete content", StringComparison.Ordinal)
        || (message.Contains("required attribute", StringComparison.Ordinal) && message.Contains("missing", StringComparison.Ordinal));
}
