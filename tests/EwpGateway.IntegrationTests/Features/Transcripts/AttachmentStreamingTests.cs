using System.Xml;
using System.Xml.Linq;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>
/// The ToRs queries leave attachment contents in the database and the writer streams them from there, on SQLite
/// (blob I/O) and on PostgreSQL (sequential access).
/// </summary>
public sealed class AttachmentStreamingTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const string Sender = "uni-a.example";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task VisibleThenStream_LargeAttachment_LeftOutOfTheQueryAndStreamedByteIdentical(bool postgres)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var env = await SimulatedPartnerGateway.StartAsync(postgres ? await server.CreateDatabaseAsync(ct) : null, null, ct);
        var factory = env.Service<GatewayDbContextFactory>();
        var pdf = new byte[3_000_000];
        new Random(9).NextBytes(pdf);
        await using (var db = factory.CreateDbContext())
        {
            db.Transcripts.Add(new Model.Transcript
            {
                Id = "tor-1",
                OmobilityId = "om-1",
                SendingHeiId = Sender,
                ReceivingHeiId = TestNetwork.GatewayHeiId,
                Learner = new Model.Learner { GivenNames = "Ana", FamilyName = "Silva" },
                Attachments = [new Model.TranscriptAttachment { Title = "ToR", Content = pdf }],
            });
            await db.SaveChangesAsync(ct);
        }

        var transcript = Assert.Single(await env.Service<TorQueries>().VisibleAsync([Sender], TestNetwork.GatewayHeiId, ["om-1"], ct));
        var attachment = Assert.Single(transcript.Attachments);
        Assert.Empty(attachment.Content);
        Assert.True(AttachmentContentStreamer.IsDeferred(attachment));

        using var output = new MemoryStream();
        await using (var writer = XmlWriter.Create(output, new XmlWriterSettings { Async = true }))
        {
            await writer.WriteStartElementAsync(null, "content", null);
            await new AttachmentContentStreamer(factory).WriteBase64Async(writer, attachment, ct);
            await writer.WriteEndElementAsync();
        }

        output.Position = 0;
        var written = Convert.FromBase64String(XDocument.Load(output).Root!.Value);
        Assert.True(pdf.AsSpan().SequenceEqual(written), "The streamed content differs from the stored one.");
    }
}
