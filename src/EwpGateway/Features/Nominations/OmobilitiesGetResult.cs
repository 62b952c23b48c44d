using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Nominations;

/// <summary>The Outgoing Mobilities v3 <c>omobilities-get-response</c>, streamed one mobility at a time.</summary>
internal sealed class OmobilitiesGetResult(IReadOnlyList<Nomination> nominations) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await OmobilityXmlWriter.WriteStartResponseAsync(writer);
        foreach (var nomination in nominations)
        {
            await OmobilityXmlWriter.WriteStudentMobilityAsync(writer, nomination);
            await writer.FlushAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
