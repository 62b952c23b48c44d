using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Transcripts;

/// <summary>The IMobility ToRs v2 <c>imobility-tors-get-response</c>, streamed one <c>tor</c> at a time, attachment contents
/// from the database (<see cref="AttachmentContentStreamer"/>).</summary>
internal sealed class TorsGetResult(IReadOnlyList<Transcript> transcripts, ElmoIssuer issuer, ElmoSigner signer) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var ct = httpContext.RequestAborted;
        var now = httpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        httpContext.Response.ContentType = EwpXml.ContentType;
        var content = new AttachmentContentStreamer(httpContext.RequestServices.GetRequiredService<GatewayDbContextFactory>());
        await using var writer = EwpXml.CreateWriter(httpContext.Response.Body);
        await TorXmlWriter.WriteStartResponseAsync(writer);
        foreach (var transcript in transcripts)
        {
            await TorXmlWriter.WriteTorAsync(writer, transcript, issuer, now, signer, ct, content);
            await writer.FlushAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndDocumentAsync();
        await writer.FlushAsync();
    }
}
