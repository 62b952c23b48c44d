using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Nominations;

/// <summary>The Outgoing Mobilities v3 <c>omobilities-index-response</c>: omobility-ids, streamed.</summary>
internal sealed class OmobilitiesIndexResult(IReadOnlyList<string> omobilityIds) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "omobilities-index-response", EwpNamespaces.OmobilitiesIndexResponse);
        foreach (var id in omobilityIds)
        {
            await writer.WriteElementStringAsync(null, "omobility-id", EwpNamespaces.OmobilitiesIndexResponse, id);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
