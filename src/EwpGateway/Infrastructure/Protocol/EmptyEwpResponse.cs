namespace EwpGateway.Infrastructure.Protocol;

/// <summary>A 200 answer whose document is one empty root element (what CNR receivers answer).</summary>
internal sealed class EmptyEwpResponse(string element, string ns) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, element, ns);
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
