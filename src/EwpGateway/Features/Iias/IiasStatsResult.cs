using System.Xml;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>The IIAs v7 <c>iias-stats-response</c>.</summary>
internal sealed class IiasStatsResult(IiasStats stats) : IResult
{
    private const string Ns = EwpNamespaces.IiasStatsResponse;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "iias-stats-response", Ns);
        await writer.WriteElementStringAsync(null, "iia-fetchable", Ns, XmlConvert.ToString(stats.Fetchable));
        await writer.WriteElementStringAsync(null, "iia-local-unapproved-partner-approved", Ns, XmlConvert.ToString(stats.LocalUnapprovedPartnerApproved));
        await writer.WriteElementStringAsync(null, "iia-local-approved-partner-unapproved", Ns, XmlConvert.ToString(stats.LocalApprovedPartnerUnapproved));
        await writer.WriteElementStringAsync(null, "iia-both-approved", Ns, XmlConvert.ToString(stats.BothApproved));
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
