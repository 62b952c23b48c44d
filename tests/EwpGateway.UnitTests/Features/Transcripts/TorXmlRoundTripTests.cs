using System.Text;
using System.Xml.Linq;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using EwpGateway.UnitTests.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Features.Transcripts;

/// <summary>
/// A canonical transcript written as IMobility ToRs v2 (ELMO v1) is valid against the official XSD and reads back
/// equal in every field ELMO carries (<see cref="TranscriptResult.HomeGrade"/> is our own conversion and is not
/// published); the official example parses and writes back valid (its lossless compare is in <see cref="TorXmlCompareTests"/>).
/// </summary>
public sealed class TorXmlRoundTripTests
{
    private const string GetXsd = "ewp-specs-api-imobility-tors/endpoints/get-response.xsd";
    private const string Example = "ewp-specs-api-imobility-tors/endpoints/get-response-example.xml";
    private const string Home = "inp-toulouse.fr";
    private const string Partner = "uni-partner.example";
    private static readonly DateTimeOffset Generated = new(2026, 3, 1, 8, 30, 0, TimeSpan.Zero);

    private static readonly ElmoIssuer Issuer = new(
        Home,
        new Dictionary<string, string> { ["en"] = "Toulouse INP", ["fr"] = "Institut National Polytechnique de Toulouse" },
        new Dictionary<string, string> { ["erasmus"] = "F  TOULOUS28" },
        "https://www.inp-toulouse.fr");

    [Fact]
    public async Task WriteThenRead_FullTranscript_ValidAndEqual()
    {
        var transcript = Build();

        var written = await WriteAsync(transcript);
        var read = Assert.Single(TorXmlReader.Read(XDocument.Parse(written), Partner));

        AssertValid(written);
        Assert.Equal(Carried(transcript), Carried(read));
        Assert.Equal(ProvenanceSource.Partner, read.Provenance.Source);
        Assert.Equal(Home, read.Provenance.PartnerHeiId);
        Assert.Equal(transcript.OmobilityId, read.Provenance.PartnerObjectId);
    }

    [Fact]
    public async Task WriteThenRead_MinimalTranscript_ValidAndEqual()
    {
        var transcript = Build();
        transcript.Learner = new Learner { GivenNames = "Ada", FamilyName = "Lovelace" };
        transcript.Results = [new TranscriptResult { Title = "Thesis" }];
        transcript.Attachments = [];

        var written = await WriteAsync(transcript, Issuer with { Names = new Dictionary<string, string>(), OtherIds = new Dictionary<string, string>() });
        var read = Assert.Single(TorXmlReader.Read(XDocument.Parse(written), Partner));

        AssertValid(written);
        Assert.Equal(Carried(transcript), Carried(read));
    }

    [Fact]
    public async Task Read_OfficialExample_KeepsWhatTheModelCarriesAndWritesBackValid()
    {
        using var stream = SpecExamples.Open(Example);
        var example = XDocument.Load(stream);

        var tor = Assert.Single(TorXmlReader.Read(example, Partner));

        Assert.Equal("b1ab0888-a5ce-45e8-8c51-e3c6f677b58f", tor.OmobilityId);
        Assert.Equal("uw.edu.pl", tor.ReceivingHeiId);
        Assert.Equal(Partner, tor.SendingHeiId);
        Assert.Equal(("Jan Łukasz", "Kowalski", new DateOnly(1983, 1, 1), "PL"),
            (tor.Learner.GivenNames, tor.Learner.FamilyName, tor.Learner.BirthDate, tor.Learner.Citizenship));
        Assert.Equal(new DateTimeOffset(2015, 10, 31, 7, 0, 0, TimeSpan.FromHours(2)), tor.IssueDate);
        var result = Assert.Single(tor.Results);
        Assert.Equal(("CR/19560ed8-5183-4842-9bb0-2b7e23f56522", "The importance of <br> in HTML", "C"), (result.CourseCode, result.Title, result.Grade));

        // The example has no ESI, credits nor grading scheme; its PDF is a truncated placeholder ("...") that is not
        // valid base64, so it is kept as received text. Everything else is covered by TorXmlCompareTests.
        Assert.Null(tor.Learner.GlobalId);
        Assert.Null(result.EctsCredits);
        Assert.Null(result.GradingScheme);
        Assert.Empty(Assert.Single(tor.Attachments).Content);

        var rewritten = await WriteAsync(tor, Issuer with { HeiId = tor.ReceivingHeiId });
        AssertValid(rewritten);
        Assert.Equal(Carried(tor), Carried(Assert.Single(TorXmlReader.Read(XDocument.Parse(rewritten), Partner))));
    }

    [Fact]
    public void Read_OtherRoot_FormatException()
    {
        var other = XDocument.Parse("<imobility-tors-index-response xmlns=\"" + EwpNamespaces.ImobilityTorsIndexResponse + "\"/>");

        Assert.Throws<FormatException>(() => TorXmlReader.Read(other, Partner));
    }

    private static Transcript Build() => new()
    {
        OmobilityId = "om-2025-0042",
        SendingHeiId = Partner,
        ReceivingHeiId = Home,
        Learner = new Learner
        {
            GivenNames = "Émilie",
            FamilyName = "du Châtelet",
            BirthDate = new DateOnly(2004, 12, 17),
            Citizenship = "FR",
            GlobalId = "urn:schac:personalUniqueCode:int:esi:uni-partner.example:42",
        },
        IssueDate = new DateTimeOffset(2026, 2, 15, 9, 0, 0, TimeSpan.FromHours(1)),
        Results =
        [
            new TranscriptResult { CourseCode = "N7-IT-601", Title = "Software engineering", EctsCredits = 6, Grade = "14", GradingScheme = "FR 0-20 (pass 10)", AcademicTerm = "2025/2026-1/2" },
            new TranscriptResult { CourseCode = "N7-IT-602", Title = "Compilers", EctsCredits = 4.5m, Grade = "B", GradingScheme = "ECTS A-F", AcademicTerm = "2025/2026-2/2" },
            new TranscriptResult { CourseCode = "N7-IT-603", Title = "Project", EctsCredits = 3, Grade = "15.5", GradingScheme = "FR 0-20 (pass 10)" },
        ],
        Attachments =
        [
            new TranscriptAttachment { Title = "Transcript of records", MediaType = "application/pdf", Content = Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n") },
            new TranscriptAttachment { Title = "Grading table", MediaType = "text/plain", Content = [0, 1, 2, 250, 251, 252] },
        ],
    };

    private static string Carried(Transcript t) => System.Text.Json.JsonSerializer.Serialize(new
    {
        t.OmobilityId,
        t.SendingHeiId,
        t.ReceivingHeiId,
        t.Learner,
        IssueDate = t.IssueDate.UtcDateTime,
        Results = t.Results.Select(r => new { r.CourseCode, r.Title, r.EctsCredits, r.Grade, r.GradingScheme, r.AcademicTerm }),
        Attachments = t.Attachments.Select(a => new { a.Title, a.MediaType, Content = Convert.ToBase64String(a.Content) }),
    });

    private static async Task<string> WriteAsync(Transcript transcript, ElmoIssuer? issuer = null)
    {
        using var stream = new MemoryStream();
        await using (var writer = EwpXml.CreateWriter(stream))
        {
            await TorXmlWriter.WriteStartResponseAsync(writer);
            await TorXmlWriter.WriteTorAsync(writer, transcript, issuer ?? Issuer, Generated, signer: null, TestContext.Current.CancellationToken);
            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void AssertValid(string xml)
    {
        var errors = EwpSchemas.Default.Validate(new MemoryStream(Encoding.UTF8.GetBytes(xml)), GetXsd);
        Assert.True(errors.Count == 0, string.Join("; ", errors) + "\n" + xml);
    }
}
