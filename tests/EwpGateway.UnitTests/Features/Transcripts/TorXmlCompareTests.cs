using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using EwpGateway.UnitTests.Infrastructure.Xml;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;

namespace EwpGateway.UnitTests.Features.Transcripts;

/// <summary>
/// The official ToRs v2 example parses into a canonical transcript and serializes back valid against the XSD and
/// lossless: every element, attribute and text of the <c>tor</c> survives. The partner's <c>ds:Signature</c> is the
/// one exception and is compared separately: a signature cannot survive re-serialization (we re-write the bytes it
/// covers), so the partner's ELMO document is kept as received in <see cref="Provenance.RawPayload"/>, signature
/// included: that stored copy is compared node for node with the original, and for a document signed with a real key
/// the stored copy's signature still verifies (the official example's signature is a placeholder that cannot).
/// </summary>
public sealed class TorXmlCompareTests
{
    private const string GetXsd = "ewp-specs-api-imobility-tors/endpoints/get-response.xsd";
    private const string Example = "ewp-specs-api-imobility-tors/endpoints/get-response-example.xml";
    private const string Partner = "uni-partner.example";
    private static readonly XName Signature = XName.Get("Signature", EwpNamespaces.XmlDsig);

    private static readonly ElmoIssuer OurIssuer = new(
        "inp-toulouse.fr",
        new Dictionary<string, string> { ["en"] = "Toulouse INP" },
        new Dictionary<string, string>(),
        "https://www.inp-toulouse.fr");

    /// <summary>A partner document using what the official example leaves out: grading schemes with and without
    /// descriptions, credits in two schemes with levels, LOS type and url, instance dates and status.</summary>
    private const string Detailed = """
        <imobility-tors-get-response xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/get-response.xsd">
          <tor>
            <omobility-id>om-77</omobility-id>
            <elmo xmlns="https://github.com/emrex-eu/elmo-schemas/tree/v1">
              <generatedDate>2026-02-01T10:00:00Z</generatedDate>
              <learner>
                <identifier type="esi">urn:schac:personalUniqueCode:int:esi:uw.edu.pl:77</identifier>
                <givenNames>Ada</givenNames>
                <familyName>Lovelace</familyName>
              </learner>
              <report>
                <issuer>
                  <identifier type="schac">uw.edu.pl</identifier>
                  <title>UW</title>
                  <url>https://www.uw.edu.pl</url>
                </issuer>
                <learningOpportunitySpecification>
                  <identifier type="local">1000-A</identifier>
                  <title xml:lang="en">Analysis</title>
                  <title xml:lang="pl">Analiza</title>
                  <type>Module</type>
                  <iscedCode>0541</iscedCode>
                  <url>https://usosweb.uw.edu.pl/1000-A</url>
                  <specifies>
                    <learningOpportunityInstance>
                      <start>2025-10-01</start>
                      <date>2026-01-30</date>
                      <status>passed</status>
                      <gradingSchemeLocalId>pl-2-5</gradingSchemeLocalId>
                      <resultLabel>4.5</resultLabel>
                      <credit>
                        <scheme>ects</scheme>
                        <level>Bachelor</level>
                        <value>7.5</value>
                      </credit>
                      <credit>
                        <scheme>hours</scheme>
                        <value>60</value>
                      </credit>
                    </learningOpportunityInstance>
                  </specifies>
                </learningOpportunitySpecification>
                <learningOpportunitySpecification>
                  <title>Seminar</title>
                  <specifies>
                    <learningOpportunityInstance>
                      <gradingSchemeLocalId>pass-fail</gradingSchemeLocalId>
                      <resultLabel>pass</resultLabel>
                    </learningOpportunityInstance>
                  </specifies>
                </learningOpportunitySpecification>
                <issueDate>2026-02-01T09:00:00+01:00</issueDate>
                <gradingScheme localId="pl-2-5">
                  <description xml:lang="en">2 (fail) to 5 (very good)</description>
                  <description xml:lang="pl">od 2 do 5</description>
                </gradingScheme>
                <gradingScheme localId="pass-fail"/>
              </report>
            </elmo>
          </tor>
        </imobility-tors-get-response>
        """;

    public static TheoryData<string> Documents => new() { Example, nameof(Detailed) };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task ReadThenWrite_PartnerDocument_ValidAndNoDifference(string document)
    {
        var original = document == nameof(Detailed)
            ? XDocument.Parse(Detailed, LoadOptions.PreserveWhitespace)
            : XDocument.Load(SpecExamples.PathOf(document), LoadOptions.PreserveWhitespace);
        Assert.Empty(EwpSchemas.Default.Validate(new MemoryStream(Encoding.UTF8.GetBytes(original.ToString())), GetXsd));

        var written = await WriteAsync(TorXmlReader.Read(original, Partner));

        var errors = EwpSchemas.Default.Validate(new MemoryStream(Encoding.UTF8.GetBytes(written)), GetXsd);
        Assert.True(errors.Count == 0, string.Join("; ", errors) + "\n" + written);
        var differences = Differences(Fields(original), Fields(XDocument.Parse(written, LoadOptions.PreserveWhitespace)));
        Assert.True(differences.Count == 0, string.Join("\n", differences) + "\n" + written);
    }

    [Fact]
    public void Read_OfficialExample_RawPayloadKeepsTheSignedElmoAsReceived()
    {
        var original = XDocument.Load(SpecExamples.PathOf(Example), LoadOptions.PreserveWhitespace);
        var received = original.Root!.Descendants(XName.Get("elmo", EwpNamespaces.ElmoV1)).Single();

        var tor = Assert.Single(TorXmlReader.Read(original, Partner));

        var stored = XElement.Parse(Encoding.UTF8.GetString(tor.Provenance.RawPayload!), LoadOptions.PreserveWhitespace);
        Assert.True(XNode.DeepEquals(received, stored), stored.ToString());
        Assert.True(XNode.DeepEquals(received.Element(Signature), stored.Element(Signature)));
    }

    [Fact]
    public void Read_OfficialExample_DetailsInTheModel()
    {
        var original = XDocument.Load(SpecExamples.PathOf(Example), LoadOptions.PreserveWhitespace);

        var tor = Assert.Single(TorXmlReader.Read(original, Partner));

        Assert.Equal(new DateTimeOffset(2015, 10, 31, 12, 0, 0, TimeSpan.FromHours(2)), tor.GeneratedDate);
        Assert.Equal(["nationalIdentifier=83041234567", "someOtherCustomIdentifierType=ABC000000"], tor.LearnerIdentifiers.Select(i => $"{i.Type}={i.Value}"));
        Assert.Equal(["pic", "erasmus", "schac"], tor.IssuerIdentifiers.Select(i => i.Type));
        Assert.Equal(("PL", "http://www.uw.edu.pl"), (tor.IssuerCountry, tor.IssuerUrl));
        Assert.Equal(["pl", "en"], tor.IssuerTitles.Select(t => t.Lang));
        var result = Assert.Single(tor.Results);
        Assert.Equal("0612", result.IscedCode);
        Assert.Equal(["F=3", "E=92", "D=98", "C=135", "B=37", "A=7"], result.ResultDistribution.Select(c => $"{c.Label}={c.Count}"));
        Assert.Equal(6, tor.GradeConversion.Count);
        Assert.Equal(("0612", "F", "0.8"), (tor.GradeConversion[0].IscedCode, tor.GradeConversion[0].Label, tor.GradeConversion[0].Percentage));
        var attachment = Assert.Single(tor.Attachments);
        Assert.Equal(("en", "Transcript of Records", "data:application/pdf;base64,iiNhz6QfDnnDybjHLBF2..."), (attachment.TitleLang, attachment.Type, attachment.ContentUri));
    }

    /// <summary>A signed ELMO document read from a partner is stored as received: its signature still verifies.</summary>
    [Fact]
    public async Task Read_SignedElmo_RawPayloadSignatureStillVerifies()
    {
        using var rsa = RSA.Create(2048);
        var keyPath = Path.Combine(Path.GetTempPath(), $"elmo-key-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(keyPath, rsa.ExportRSAPrivateKeyPem(), TestContext.Current.CancellationToken);
        try
        {
            using var signer = new ElmoSigner(
                Options.Create(new TorsOptions { ElmoSigningKeyPath = keyPath }),
                new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Test" });
            var transcript = new Transcript
            {
                OmobilityId = "om-signed",
                Learner = new Learner { GivenNames = "Ada", FamilyName = "Lovelace" },
                Results = [new TranscriptResult { Title = "Thesis", Grade = "A", GradingScheme = "ECTS A-F", EctsCredits = 30 }],
            };
            var written = await WriteAsync([transcript], signer);

            var read = Assert.Single(TorXmlReader.Read(XDocument.Parse(written, LoadOptions.PreserveWhitespace), Partner));

            var stored = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
            stored.LoadXml(Encoding.UTF8.GetString(read.Provenance.RawPayload!));
            var signed = new SignedXml(stored);
            signed.LoadXml((XmlElement)stored.GetElementsByTagName("Signature", EwpNamespaces.XmlDsig)[0]!);
            Assert.True(signed.CheckSignature(rsa));
            stored.GetElementsByTagName("givenNames", EwpNamespaces.ElmoV1)[0]!.InnerText = "Eve";
            Assert.False(signed.CheckSignature(rsa));
        }
        finally
        {
            File.Delete(keyPath);
        }
    }

    /// <summary>Our own transcripts, which carry none of the partner details, take the configured issuer and the
    /// default LOS type and attachment type, as before.</summary>
    [Fact]
    public async Task Write_OwnTranscript_ConfiguredIssuerAndDefaults()
    {
        var own = new Transcript
        {
            OmobilityId = "om-1",
            Learner = new Learner { GivenNames = "Ada", FamilyName = "Lovelace" },
            Results = [new TranscriptResult { Title = "Thesis" }],
            Attachments = [new TranscriptAttachment { Title = "ToR", Content = [1, 2, 3] }],
        };

        var written = XDocument.Parse(await WriteAsync([own]));

        XNamespace elmo = EwpNamespaces.ElmoV1;
        var issuer = written.Descendants(elmo + "issuer").Single();
        Assert.Equal("inp-toulouse.fr", issuer.Element(elmo + "identifier")!.Value);
        Assert.Equal("Course", written.Descendants(elmo + "learningOpportunitySpecification").Single().Element(elmo + "type")!.Value);
        Assert.Equal("Transcript of Records", written.Descendants(elmo + "attachment").Single().Element(elmo + "type")!.Value);
        Assert.Empty(written.Descendants(XName.Get("gradeConversionTable", EwpNamespaces.ImobilityTorsGetResponse)));
    }

    private static async Task<string> WriteAsync(IReadOnlyList<Transcript> transcripts, ElmoSigner? signer = null)
    {
        using var buffer = new MemoryStream();
        await using (var writer = EwpXml.CreateWriter(buffer))
        {
            await TorXmlWriter.WriteStartResponseAsync(writer);
            foreach (var transcript in transcripts)
            {
                await TorXmlWriter.WriteTorAsync(
                    writer, transcript, OurIssuer, new DateTimeOffset(2026, 3, 1, 8, 30, 0, TimeSpan.Zero), signer, TestContext.Current.CancellationToken);
            }

            await writer.WriteEndElementAsync();
            await writer.WriteEndDocumentAsync();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>What one side has and the other lacks, then (if the sets agree) where the order differs.</summary>
    private static List<string> Differences(List<string> original, List<string> written)
    {
        var differences = original.Except(written, StringComparer.Ordinal).Select(l => "lost:  " + l)
            .Concat(written.Except(original, StringComparer.Ordinal).Select(l => "added: " + l))
            .ToList();
        if (differences.Count == 0 && !original.SequenceEqual(written, StringComparer.Ordinal))
        {
            differences.Add("same fields in another order");
        }

        return differences;
    }

    /// <summary>
    /// Every element (by namespace, name and position), attribute and leaf text of each tor, one line each in
    /// document order. Namespace declarations, comments and indentation are not data; <c>ds:Signature</c> is
    /// compared separately (see the class summary).
    /// </summary>
    private static List<string> Fields(XDocument document)
    {
        var lines = new List<string>();
        var tors = document.Root!.Elements().Where(e => e.Name.LocalName == "tor").ToList();
        for (var i = 0; i < tors.Count; i++)
        {
            Walk(tors[i], $"{Step(tors[i])}[{i + 1}]", lines);
        }

        return lines;
    }

    private static void Walk(XElement element, string path, List<string> lines)
    {
        lines.Add(path);
        foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
        {
            lines.Add($"{path}/@{{{attribute.Name.NamespaceName}}}{attribute.Name.LocalName}={attribute.Value}");
        }

        if (!element.HasElements)
        {
            lines.Add($"{path}={element.Value}");
            return;
        }

        var seen = new Dictionary<XName, int>();
        foreach (var child in element.Elements().Where(c => c.Name != Signature))
        {
            seen[child.Name] = seen.GetValueOrDefault(child.Name) + 1;
            Walk(child, $"{path}/{Step(child)}[{seen[child.Name]}]", lines);
        }
    }

    private static string Step(XElement element) => $"{{{element.Name.NamespaceName}}}{element.Name.LocalName}";
}
