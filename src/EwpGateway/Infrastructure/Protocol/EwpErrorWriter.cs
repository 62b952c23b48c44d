namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// Writes the EWP <c>&lt;error-response&gt;</c> envelope (defined in the architecture's common-types.xsd). Messages often
/// quote what the caller sent; characters XML 1.0 cannot carry are written as <c>\uXXXX</c> so that the answer stays XML.
/// </summary>
internal static class EwpErrorWriter
{
    public static async Task WriteAsync(
        HttpContext context, int statusCode, string developerMessage, string? userMessage, CancellationToken cancellationToken)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = EwpXml.ContentType;

        await using (var writer = EwpXml.CreateWriter(response.Body))
        {
            await writer.WriteStartDocumentAsync();
            await writer.WriteStartElementAsync(null, "error-response", EwpNamespaces.CommonTypes);
            await writer.WriteElementStringAsync(null, "developer-message", EwpNamespaces.CommonTypes, EwpParameterText.XmlSafe(developerMessage));
            if (!string.IsNullOrEmpty(userMessage))
            {
                await writer.WriteStartElementAsync(null, "user-message", EwpNamespaces.CommonTypes);
                await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, "en");
                await writer.WriteStringAsync(EwpParameterText.XmlSafe(userMessage));
                await writer.WriteEndElementAsync();
            }

            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
            await writer.FlushAsync();
        }

        await response.Body.FlushAsync(cancellationToken);
    }
}
