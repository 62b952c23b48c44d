namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// A 200 answer whose document is a root element holding one element per id, streamed: every EWP
/// <c>index</c> response has this shape, and a CNR response is the same root with no ids.
/// </summary>
/// <param name="root">The root element, e.g. <c>iias-index-response</c>.</param>
/// <param name="ns">The namespace of the root and its children.</param>
/// <param name="idElement">The element of each id, e.g. <c>iia-id</c>.</param>
/// <param name="ids">The ids, in order.</param>
internal sealed class EwpIdListResult(string root, string ns, string idElement, IReadOnlyList<string> ids) : IResult
{
    /// <summary>An empty root element (what change-notification receivers answer).</summary>
    public static EwpIdListResult Empty(string root, string ns) => new(root, ns, "", []);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, root, ns);
        foreach (var id in ids)
        {
            await writer.WriteElementStringAsync(null, idElement, ns, id);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
