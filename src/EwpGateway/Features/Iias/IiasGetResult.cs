using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>The IIAs v7 <c>iias-get-response</c>, streamed one IIA at a time.</summary>
internal sealed class IiasGetResult(IReadOnlyList<ServedIia> iias, string homeHeiId) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await IiaXmlWriter.WriteStartResponseAsync(writer);
        foreach (var iia in iias)
        {
            await IiaXmlWriter.WriteIiaAsync(writer, iia.Agreement, homeHeiId, iia.Hash);
            await writer.FlushAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
