using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>
/// A partner's transcript with a PDF of megabytes: the answer is spooled to a temporary file while its digest is
/// computed, its base64 attachment parsed in chunks and decoded straight into the stored array (SQLite).
/// </summary>
public sealed class LargeTranscriptIngestTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Fetch_TwentyMegabytePdf_PdfStoredByteIdentical()
    {
        await using var env = await SimulatedPartnerGateway.StartAsync(null, null, Ct);
        var pdf = Pdf(20_000_000);
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", pdf, signed: false));

        var result = await env.Source<PartnerTorSource>().FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        Assert.Equal(["our-om-1"], result.Stored);
        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        var attachment = Assert.Single(stored.Attachments);
        Assert.Equal("application/pdf", attachment.MediaType);
        Assert.Null(attachment.ContentUri);
        Assert.True(pdf.AsSpan().SequenceEqual(attachment.Content), "The stored PDF differs from the partner's.");
        Assert.Equal(Model.ElmoSignatureStatus.Unsigned, stored.ElmoSignature);
        Assert.Empty(await env.IssuesAsync(Ct));
    }

    [Fact]
    public async Task Fetch_SignedElmoWithPdfOverTwelveMegabytes_SignatureValid()
    {
        // Its base64 is more than the 16 Mi characters a partner document may have by default; the signature is checked
        // over the raw ELMO rebuilt from the lifted attachment, as stored.
        await using var env = await SimulatedPartnerGateway.StartAsync(null, null, Ct);
        var pdf = Pdf(12_800_000);
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", pdf, signed: true));

        await env.Source<PartnerTorSource>().FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct);

        var stored = Assert.Single(await env.AllAsync<Model.Transcript>(Ct));
        Assert.True(pdf.AsSpan().SequenceEqual(Assert.Single(stored.Attachments).Content), "The stored PDF differs from the partner's.");
        Assert.True(stored.ElmoSignature == Model.ElmoSignatureStatus.Valid, stored.ElmoSignatureDetail);
        Assert.Empty(await env.IssuesAsync(Ct));
    }

    [Fact]
    public async Task Fetch_AnswerOverTheResponseLimit_RefusedAsTooLargeAndNothingStored()
    {
        await using var env = await SimulatedPartnerGateway.StartAsync(
            null, new Dictionary<string, string?> { ["Ewp:Partners:MaxResponseBodySize"] = "2097152" }, Ct);
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", Pdf(3_000_000), signed: false));

        await Assert.ThrowsAsync<PartnerPayloadException>(() => env.Source<PartnerTorSource>().FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct));

        Assert.Empty(await env.AllAsync<Model.Transcript>(Ct));
        var issue = Assert.Single(await env.IssuesAsync(Ct));
        Assert.Equal(("imobility-tors", PayloadIssueKinds.TooLarge), (issue.Api, issue.Kind));
    }

    [Fact]
    public async Task Fetch_LargeAnswerWithWrongDigest_RefusedAndNothingStored()
    {
        await using var env = await SimulatedPartnerGateway.StartAsync(null, null, Ct);
        env.Partner.Data.Transcripts.Upsert(Transcript("our-om-1", Pdf(3_000_000), signed: false));
        env.Partner.Faults.Add(new SimFault(SimFaultKind.WrongDigest), SimEndpoint.TorsGet);

        await Assert.ThrowsAsync<PartnerPayloadException>(() => env.Source<PartnerTorSource>().FetchAsync(env.Partner.HeiId, ["our-om-1"], Ct));

        Assert.Empty(await env.AllAsync<Model.Transcript>(Ct));
        var issue = Assert.Single(await env.IssuesAsync(Ct));
        Assert.Equal(("imobility-tors", PayloadIssueKinds.Signature), (issue.Api, issue.Kind));
        Assert.Contains("igest", issue.Message, StringComparison.Ordinal);
    }

    private static byte[] Pdf(int bytes)
    {
        var pdf = new byte[bytes];
        new Random(11).NextBytes(pdf);
        "%PDF-1.7\n"u8.CopyTo(pdf);
        return pdf;
    }

    private static SimTranscript Transcript(string omobilityId, byte[] pdf, bool signed) => new()
    {
        OmobilityId = omobilityId,
        GivenNames = "Jan",
        FamilyName = "de Boer",
        BirthDate = new DateOnly(2002, 9, 1),
        Signed = signed,
        GradingScheme = new SimGradingScheme("Dutch scale 1-10, 5.5 is a pass", "0613", [("9", 10m), ("6", 90m)]),
        Results = [new SimCourseResult("Thermodynamics", 6m, "9")],
        Pdf = pdf,
    };
}
