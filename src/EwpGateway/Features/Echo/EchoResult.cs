using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Echo;

/// <summary>The Echo v2 <c>&lt;response&gt;</c>.</summary>
internal sealed class EchoResult(IReadOnlyList<string> heiIds, IReadOnlyList<string> echoes) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "response", EwpNamespaces.EchoResponse);
        foreach (var heiId in heiIds)
        {
            await writer.WriteElementStringAsync(null, "hei-id", EwpNamespaces.EchoResponse, heiId);
        }

        foreach (var echo in echoes)
        {
            await writer.WriteElementStringAsync(null, "echo", EwpNamespaces.EchoResponse, echo);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
