using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>The IIAs Approval v2 <c>iias-approval-response</c>, streamed.</summary>
internal sealed class IiasApprovalResult(IReadOnlyList<IiaApprovalEntry> approvals) : IResult
{
    public const string Namespace = "https://github.com/erasmus-without-paper/ewp-specs-api-iias-approval/tree/stable-v2";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "iias-approval-response", Namespace);
        foreach (var approval in approvals)
        {
            await writer.WriteStartElementAsync(null, "approval", Namespace);
            await writer.WriteElementStringAsync(null, "iia-id", Namespace, approval.IiaId);
            await writer.WriteElementStringAsync(null, "iia-hash", Namespace, approval.IiaHash);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
