using System.Text.RegularExpressions;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>The <see cref="Persistence.PayloadIssue.Kind"/> codes the partner sources record.</summary>
internal static partial class PayloadIssueKinds
{
    /// <summary>The answer is not well-formed XML.</summary>
    public const string MalformedXml = "malformed-xml";

    /// <summary>Well-formed, but a required element or attribute is missing.</summary>
    public const string MissingElement = "missing-element";

    /// <summary>Well-formed, but otherwise invalid against the API's schema (unknown element, bad value...).</summary>
    public const string Schema = "schema";

    /// <summary>Valid, but not an object of this exchange (e.g. a nomination to another receiving HEI).</summary>
    public const string UnexpectedObject = "unexpected-object";

    /// <summary>The answer's HTTP signature (or digest, date, echo) was refused.</summary>
    public const string Signature = "signature";

    /// <summary>The answer is larger than <c>Ewp:Partners:MaxResponseBodySize</c>; it was not read.</summary>
    public const string TooLarge = "too-large";

    /// <summary>An ELMO document whose XML signature does not verify (stored, flagged).</summary>
    public const string ElmoSignature = "elmo-signature";

    /// <summary>
    /// <see cref="MissingElement"/> when every error is about something missing, else <see cref="Schema"/>.
    /// .NET's validator words a missing required element as "has incomplete content" (nothing follows it) or as an
    /// "invalid child element" naming the next element, which the schema does declare (<paramref name="declared"/>);
    /// an element the schema does not know, or a bad value, is a schema error.
    /// </summary>
    /// <param name="errors">The validation errors.</param>
    /// <param name="declared">Local names of the elements the schema declares.</param>
    public static string Of(IReadOnlyList<XmlValidationError> errors, IReadOnlySet<string> declared)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(declared);
        return errors.Count > 0 && errors.All(e => IsMissing(e.Message, declared)) ? MissingElement : Schema;
    }

    /// <summary>The kind of a refused answer: <see cref="TooLarge"/> or <see cref="Signature"/>.</summary>
    public static string Of(HttpSignatureFailureReason reason) => reason == HttpSignatureFailureReason.BodyTooLarge ? TooLarge : Signature;

    private static bool IsMissing(string message, IReadOnlySet<string> declared)
    {
        if (message.Contains("has incomplete content", StringComparison.Ordinal)
            || (message.Contains("required attribute", StringComparison.Ordinal) && message.Contains("missing", StringComparison.Ordinal)))
        {
            return true;
        }

        var child = InvalidChild().Match(message);
        return child.Success && declared.Contains(child.Groups[1].Value);
    }

    [GeneratedRegex("has invalid child element '([^']+)'", RegexOptions.CultureInvariant)]
    private static partial Regex InvalidChild();
}
