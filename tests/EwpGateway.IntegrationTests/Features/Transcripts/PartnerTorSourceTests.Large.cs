using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Microsoft.Extensions.DependencyInjection;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>
/// A transcript whose PDF is large enough to be lifted out of the parsed document: its ELMO document and PDF are kept
/// in temporary files and streamed into the rows (SQLite blob I/O, PostgreSQL bytea parameters), in one transaction.
/// </summary>
public abstract partial class PartnerTorSourceTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Fetch_PdfOverTheLiftThreshold_PdfAndRawElmoStoredByteIdentical(bool signed)
    {
        await using var env = await StartAsync();
        var pdf = Pdf(300_001);
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed) with { Pdf = pdf });

        var result = await env.Source<PartnerTorSource>().FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        Assert.Equal(["our-om-1"], result.Stored);
        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        var attachment = Assert.Single(stored.Attachments);
        Assert.Null(attachment.ContentUri);
        Assert.True(pdf.AsSpan().SequenceEqual(attachment.Content), "The stored PDF differs from the partner's.");
        var raw = stored.Provenance.RawPayload!;
        Assert.Contains(Convert.ToBase64String(pdf.AsSpan(0, 3000)), System.Text.Encoding.UTF8.GetString(raw), StringComparison.Ordinal);
        var expected = signed ? Model.ElmoSignatureStatus.Valid : Model.ElmoSignatureStatus.Unsigned;
        Assert.True(stored.ElmoSignature == expected, stored.ElmoSignatureDetail);
        // The stored bytes are the signed ones: the signature still verifies over them.
        Assert.Equal(expected, ElmoSignatureVerifier.Verify(raw).Status);
        Assert.Single(await env.ChangeLogAsync(Ct));
    }

    [Fact]
    public async Task Fetch_LargeTranscriptSameAgainThenChanged_NoRowThenUpdatedWithTheNewContent()
    {
        await using var env = await StartAsync();
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed: false) with { Pdf = Pdf(200_000) });
        var source = env.Source<PartnerTorSource>();
        await source.FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        await source.FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);
        Assert.Single(await env.ChangeLogAsync(Ct));

        var changed = Pdf(250_000, seed: 12);
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", signed: false) with { Pdf = changed });
        await source.FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        Assert.True(changed.AsSpan().SequenceEqual(Assert.Single(stored.Attachments).Content), "The stored PDF is not the partner's new one.");
        Assert.Contains(Convert.ToBase64String(changed.AsSpan(0, 3000)), System.Text.Encoding.UTF8.GetString(stored.Provenance.RawPayload!), StringComparison.Ordinal);
        Assert.Equal([ChangeOperation.Created, ChangeOperation.Updated], (await env.ChangeLogAsync(Ct)).Select(e => e.Operation));
    }

    [Fact]
    public async Task UpsertPartnerCopy_ContentFailsWhileWritten_NothingOfTheTranscriptStored()
    {
        await using var env = await StartAsync();
        using var scope = env.Services.CreateScope();
        var store = scope.ServiceProvider.GetRequiredService<TranscriptStore>();
        var attachment = new Model.TranscriptAttachment { Title = "Transcript", MediaType = "application/pdf" };
        var transcript = new Model.Transcript
        {
            OmobilityId = "our-om-1",
            SendingHeiId = TestNetwork.GatewayHeiId,
            ReceivingHeiId = env.Partner.HeiId,
            Learner = new Model.Learner { GivenNames = "Jan", FamilyName = "de Boer" },
            Attachments = [attachment],
            Provenance = new Model.Provenance
            {
                Source = Model.ProvenanceSource.Partner, PartnerHeiId = env.Partner.HeiId, PartnerObjectId = "our-om-1", EwpVersion = "2.0.0", RawPayload = [],
            },
        };
        using var contents = new TranscriptContents();
        contents.SetRawPayload(s => s.Write("<elmo>written first</elmo>"u8));
        contents.TryAddAttachment(attachment, s =>
        {
            s.Write(Pdf(100_000));
            return true;
        });
        // The attachment's temporary file fails once the rows and the raw ELMO document are written.
        await contents.Attachments[0].Content.DisposeAsync();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.UpsertPartnerCopyAsync(transcript, contents, Ct));

        Assert.Empty(await env.AllAsync<Model.Transcript>(Ct));
        Assert.Empty(await env.ChangeLogAsync(Ct));
    }

    private static byte[] Pdf(int bytes, int seed = 11)
    {
        var pdf = new byte[bytes];
        new Random(seed).NextBytes(pdf);
        "%PDF-1.7\n"u8.CopyTo(pdf);
        return pdf;
    }
}
