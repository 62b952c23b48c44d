using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Transcripts;

/// <summary>The IMobility ToRs v2 <c>imobility-tors-index-response</c>: omobility-ids, streamed.</summary>
internal sealed class TorsIndexResult(IReadOnlyList<string> omobilityIds) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "imobility-tors-index-response", EwpNamespaces.ImobilityTorsIndexResponse);
        foreach (var id in omobilityIds)
        {
            await writer.WriteElementStringAsync(null, "omobility-id", EwpNamespaces.ImobilityTorsIndexResponse, id);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
