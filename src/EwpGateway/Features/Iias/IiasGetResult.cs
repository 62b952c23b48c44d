using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>The IIAs v7 <c>iias-get-response</c>, streamed one IIA at a time.</summary>
internal sealed class IiasGetResult(IReadOnlyList<Agreement> agreements, string homeHeiId) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var ct = httpContext.RequestAborted;
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await IiaXmlWriter.WriteStartResponseAsync(writer);
        foreach (var agreement in agreements)
        {
            var hash = await ServedIiaHash.ComputeAsync(agreement, homeHeiId, ct);
            await IiaXmlWriter.WriteIiaAsync(writer, agreement, homeHeiId, hash.Hash);
            await writer.FlushAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
