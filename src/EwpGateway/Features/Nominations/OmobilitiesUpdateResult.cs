using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Nominations;

/// <summary>The Outgoing Mobilities v3 <c>omobilities-update-response</c> with one success message for the user.</summary>
internal sealed class OmobilitiesUpdateResult(string successMessage) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.ContentType = EwpXml.ContentType;
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "omobilities-update-response", EwpNamespaces.OmobilitiesUpdateResponse);
        await writer.WriteStartElementAsync("ewp", "success-user-message", EwpNamespaces.CommonTypes);
        await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, "en");
        await writer.WriteStringAsync(successMessage);
        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
