namespace EwpGateway.Infrastructure.Protocol;

/// <summary>Writes the EWP <c>&lt;error-response&gt;</c> envelope (defined in the architecture's common-types.xsd).</summary>
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
            await writer.WriteElementStringAsync(null, "developer-message", EwpNamespaces.CommonTypes, developerMessage);
            if (!string.IsNullOrEmpty(userMessage))
            {
                await writer.WriteStartElementAsync(null, "user-message", EwpNamespaces.CommonTypes);
                await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, "en");
                await writer.WriteStringAsync(userMessage);
                await writer.WriteEndElementAsync();
            }

            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
            await writer.FlushAsync();
        }

        await response.Body.FlushAsync(cancellationToken);
    }
}
