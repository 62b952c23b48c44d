using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>The IIAs v7 <c>iias-index-response</c>: our iia-ids, streamed.</summary>
internal sealed class IiasIndexResult(IReadOnlyList<string> iiaIds) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "iias-index-response", EwpNamespaces.IiasIndexResponse);
        foreach (var id in iiaIds)
        {
            await writer.WriteElementStringAsync(null, "iia-id", EwpNamespaces.IiasIndexResponse, id);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
