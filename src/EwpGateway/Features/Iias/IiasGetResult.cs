using System.Text;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>
/// The IIAs v7 <c>iias-get-response</c>: the opening and closing tags around each IIA's element as
/// <see cref="ServedIias"/> wrote it once for its version.
/// </summary>
internal sealed class IiasGetResult(IReadOnlyList<ServedIia> iias) : IResult
{
    private static readonly byte[] Start = Encoding.UTF8.GetBytes(
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<iias-get-response xmlns=\"{EwpNamespaces.IiasGetResponse}\" xmlns:c=\"{EwpNamespaces.Contact}\">\n");

    private static readonly byte[] End = Encoding.UTF8.GetBytes("\n</iias-get-response>");

    private static readonly byte[] Between = "\n"u8.ToArray();

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var ct = httpContext.RequestAborted;
        httpContext.Response.ContentType = EwpXml.ContentType;
        var body = httpContext.Response.Body;
        await body.WriteAsync(Start, ct);
        for (var i = 0; i < iias.Count; i++)
        {
            await body.WriteAsync(iias[i].Xml, ct);
            await body.WriteAsync(Between, ct);
        }

        await body.WriteAsync(End, ct);
    }
}
