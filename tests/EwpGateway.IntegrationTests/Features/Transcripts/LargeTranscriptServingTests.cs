using System.Net;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>
/// A transcript whose PDF weighs 20 MB, served by IMobility ToRs <c>get</c>: its content is streamed from the database
/// into the signed response (not loaded with the transcript), and arrives byte-identical.
/// </summary>
public sealed class LargeTranscriptServingTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    [Fact]
    public async Task Get_TranscriptWithTwentyMegabytePdf_PdfArrivesByteIdenticalInASignedResponse()
    {
        var ct = TestContext.Current.CancellationToken;
        var pdf = new byte[20_000_000];
        new Random(5).NextBytes(pdf);
        await using (var db = gateway.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext())
        {
            var transcript = await db.Transcripts.SingleAsync(t => t.OmobilityId == TorsGetTests.ValidatorMobility, ct);
            Assert.Single(transcript.Attachments).Content = pdf;
            await db.SaveChangesAsync(ct);
        }

        using var response = await gateway.SendAsync("GET", TorsGetTests.Path, TorsGetTests.Request(TorsGetTests.ValidatorMobility), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct));
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        var doc = await XDocument.LoadAsync(body, LoadOptions.None, ct);
        var content = Assert.Single(doc.Descendants(TorsGetTests.Elmo + "attachment")).Element(TorsGetTests.Elmo + "content")!.Value;
        const string prefix = "data:application/pdf;base64,";
        Assert.StartsWith(prefix, content, StringComparison.Ordinal);
        Assert.True(pdf.AsSpan().SequenceEqual(Convert.FromBase64String(content[prefix.Length..])), "The served PDF differs from the stored one.");
    }
}
