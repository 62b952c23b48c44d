using System.Net;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Calls a partner through its Refit client and turns the answer into a parsed, schema-checked document, recording what
/// was wrong as a payload issue: <c>signature</c> (missing, wrong or unverifiable signature, digest, date),
/// <c>malformed-xml</c>, <c>schema</c>. Network failures and error statuses throw without an issue (they are not payloads).
/// </summary>
internal sealed class PartnerResponses(EwpSchemas schemas, PayloadIssueRecorder issues)
{
    /// <summary>The recorder the sources share (for issues about single objects).</summary>
    public PayloadIssueRecorder Issues => issues;

    /// <summary>Sends the call and returns the verified body of a 200 response.</summary>
    /// <exception cref="PartnerPayloadException">The signature was refused (recorded) or the status was not 200.</exception>
    public async Task<byte[]> SendAsync(string heiId, string api, Func<Task<HttpResponseMessage>> call, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(call);
        HttpResponseMessage response;
        try
        {
            response = await call();
        }
        catch (Exception ex) when (FindSignatureFailure(ex) is { } signature)
        {
            var message = $"{signature.Reason}: {signature.Message}";
            await issues.RecordAsync(heiId, api, PayloadIssueKinds.Of(signature.Reason), null, message, ct);
            throw new PartnerPayloadException($"The response of {heiId} ({api}) was refused: {message}", ex);
        }

        using (response)
        {
            if (response.StatusCode != HttpStatusCode.OK)
            {
                var text = await response.Content.ReadAsStringAsync(ct);
                throw new PartnerPayloadException(
                    $"{heiId} answered {api} with HTTP {(int)response.StatusCode}: {(text.Length > 300 ? text[..300] : text)}");
            }

            return await response.Content.ReadAsByteArrayAsync(ct);
        }
    }

    /// <summary>Parses <paramref name="body"/> (whitespace and line info kept, as the hash needs).</summary>
    /// <exception cref="PartnerPayloadException">Not well-formed XML (recorded as <c>malformed-xml</c>).</exception>
    public async Task<XDocument> ParseAsync(string heiId, string api, byte[] body, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var stream = new MemoryStream(body, writable: false);
            using var reader = HardenedXml.CreateReader(stream);
            return XDocument.Load(reader, LoadOptions.PreserveWhitespace | LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            await issues.RecordAsync(heiId, api, "malformed-xml", null, ex.Message, ct);
            throw new PartnerPayloadException($"The response of {heiId} ({api}) is not well-formed XML: {ex.Message}", ex);
        }
    }

    /// <summary>The schema errors of <paramref name="document"/> against <paramref name="xsdPath"/> (empty: valid).</summary>
    public IReadOnlyList<XmlValidationError> Validate(XDocument document, string xsdPath) => schemas.Validate(document, xsdPath);

    /// <summary>Parses and validates a whole response that must be valid to be used (an index, an approval list).</summary>
    /// <exception cref="PartnerPayloadException">Malformed or invalid (recorded).</exception>
    public async Task<XDocument> ReadValidAsync(string heiId, string api, byte[] body, string xsdPath, CancellationToken ct)
    {
        var document = await ParseAsync(heiId, api, body, ct);
        var errors = Validate(document, xsdPath);
        if (errors.Count > 0)
        {
            var message = Describe(errors);
            await issues.RecordAsync(heiId, api, IssueKind(errors), null, message, ct);
            throw new PartnerPayloadException($"The response of {heiId} ({api}) violates its schema: {message}");
        }

        return document;
    }

    /// <summary><c>missing-element</c> when the schema found an element incomplete, else <c>schema</c>.</summary>
    public static string IssueKind(IReadOnlyList<XmlValidationError> errors) =>
        errors.Any(e => e.Message.Contains("incomplete content", StringComparison.OrdinalIgnoreCase)) ? "missing-element" : "schema";

    /// <summary>The first errors, with their lines, in one line of text.</summary>
    public static string Describe(IReadOnlyList<XmlValidationError> errors) =>
        string.Join("; ", errors.Take(3).Select(e => $"line {e.Line}: {e.Message}")) + (errors.Count > 3 ? $" (+{errors.Count - 3} more)" : "");

    private static HttpSignatureVerificationException? FindSignatureFailure(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is HttpSignatureVerificationException signature)
            {
                return signature;
            }
        }

        return null;
    }
}
