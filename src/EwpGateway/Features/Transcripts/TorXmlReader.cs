using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Reads an IMobility ToRs v2 get-response into canonical <see cref="Transcript"/>s, the inverse of
/// <see cref="TorXmlWriter"/> (for the partner sync). The receiving HEI is the first report's <c>schac</c> issuer;
/// the sending HEI is not in the document, so the caller passes the HEI it asked for. Results of every report and of
/// nested <c>hasPart</c> specifications are flattened into <see cref="Transcript.Results"/>. Kept besides: every
/// learner and issuer identifier, the issuer's country, names and url, the LOS identifiers, titles, type, ISCED code,
/// url, the instance's dates, status, result distribution, grading scheme id and credits of every scheme, the grading
/// schemes with their descriptions, the attachments' type, title language
/// and undecodable content, <c>generatedDate</c> and the <c>gradeConversionTable</c>. The partner's signed ELMO
/// document goes into <see cref="Provenance.RawPayload"/> as read, because a signature never survives
/// re-serialization. Not kept in the model (only in the raw payload): the nesting of <c>hasPart</c> and of several
/// reports (flattened), LOS descriptions and subject areas, academic term dates, the learner's gender, birth name,
/// place of birth and address, groups, levels, languages of instruction, engagement hours, shortened grading,
/// diploma supplements and custom extensions other than our academic term id.
/// </summary>
internal static class TorXmlReader
{
    private static readonly XNamespace Ns = EwpNamespaces.ImobilityTorsGetResponse;
    private static readonly XNamespace Elmo = EwpNamespaces.ElmoV1;
    private static readonly XNamespace Extension = TorXmlWriter.ExtensionNs;

    /// <param name="document">An <c>imobility-tors-get-response</c>.</param>
    /// <param name="sendingHeiId">The sending HEI whose mobilities were asked for.</param>
    /// <exception cref="FormatException">The document is not an IMobility ToRs v2 get-response.</exception>
    public static IReadOnlyList<Transcript> Read(XDocument document, string sendingHeiId)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Root?.Name != Ns + "imobility-tors-get-response")
        {
            throw new FormatException($"Expected an IMobility ToRs v2 imobility-tors-get-response, found <{document.Root?.Name}>.");
        }

        return [.. document.Root.Elements(Ns + "tor").Select(t => ReadTor(t, sendingHeiId))];
    }

    /// <summary>One <c>tor</c> element (of a schema-valid get-response, loaded with whitespace preserved so that the
    /// ELMO document kept in <see cref="Provenance.RawPayload"/> still verifies).</summary>
    /// <param name="tor">The <c>tor</c> element.</param>
    /// <param name="sendingHeiId">The sending HEI whose mobilities were asked for.</param>
    /// <param name="lifted">The texts the parser kept out of memory (<see cref="LiftingXmlReader"/>), if it did.</param>
    /// <param name="contents">
    /// When given and the ELMO document holds a lifted text: where its raw bytes and the decoded content of its lifted
    /// attachments go (temporary files) instead of the transcript, for the store to stream them into the rows.
    /// </param>
    /// <exception cref="FormatException">The tor has no ELMO document, or a value the model cannot hold.</exception>
    public static Transcript ReadTor(XElement tor, string sendingHeiId, LiftedTexts? lifted = null, TranscriptContents? contents = null)
    {
        ArgumentNullException.ThrowIfNull(tor);
        var omobilityId = tor.Element(Ns + "omobility-id")?.Value.Trim() ?? "";
        var elmo = tor.Element(Elmo + "elmo") ?? throw new FormatException($"The tor of '{omobilityId}' has no ELMO document.");
        var reports = elmo.Elements(Elmo + "report").ToList();
        var first = reports.FirstOrDefault();
        var receivingHeiId = first?.Element(Elmo + "issuer")?.Elements(Elmo + "identifier")
            .FirstOrDefault(i => (string?)i.Attribute("type") == "schac")?.Value.Trim() ?? "";
        var issuer = first?.Element(Elmo + "issuer");
        var learner = elmo.Element(Elmo + "learner");
        var spool = lifted is not null && contents is not null && lifted.HasLifted(elmo) ? contents : null;
        spool?.SetRawPayload(output => lifted!.Serialize(elmo, output));
        return new Transcript
        {
            GeneratedDate = Text(elmo, "generatedDate") is { } generated ? XmlConvert.ToDateTimeOffset(generated) : null,
            LearnerIdentifiers = [.. Identifiers(learner).Where(i => i.Type != "esi")],
            IssuerIdentifiers = Identifiers(issuer),
            IssuerTitles = Texts(issuer, "title"),
            IssuerCountry = Text(issuer, "country"),
            GradingSchemes = [.. reports.SelectMany(r => r.Elements(Elmo + "gradingScheme")).SelectMany(ReadGradingScheme)],
            IssuerUrl = Text(issuer, "url"),
            GradeConversion = [.. tor.Elements(Ns + "gradeConversionTable").Elements(Ns + "iscedTable")
                .SelectMany(t => t.Elements(Ns + "gradeFrequency").Select(f => new TranscriptGradeFrequency
                {
                    IscedCode = (string?)t.Attribute("iscedCode") ?? "",
                    Label = (string?)f.Attribute("label") ?? "",
                    Percentage = (string?)f.Attribute("percentage") ?? "",
                }))],
            OmobilityId = omobilityId,
            SendingHeiId = sendingHeiId,
            ReceivingHeiId = receivingHeiId,
            Learner = ReadLearner(learner),
            IssueDate = first?.Element(Elmo + "issueDate") is { } issued ? XmlConvert.ToDateTimeOffset(issued.Value.Trim()) : default,
            Results = [.. reports.SelectMany(r => r.Elements(Elmo + "learningOpportunitySpecification").SelectMany(los => ReadResults(los, r)))],
            Attachments = [.. reports.SelectMany(r => r.Elements(Elmo + "attachment")).Concat(elmo.Elements(Elmo + "attachment"))
                .Select(a => ReadAttachment(a, lifted, spool)).OfType<TranscriptAttachment>()],
            Provenance = new Provenance
            {
                Source = ProvenanceSource.Partner,
                PartnerHeiId = receivingHeiId,
                PartnerObjectId = omobilityId,
                EwpVersion = "2.0.0",
                RawPayload = spool is not null ? [] : lifted?.Serialize(elmo) ?? XmlBytes.Of(elmo),
            },
        };
    }

    private static Learner ReadLearner(XElement? learner) => new()
    {
        GivenNames = Text(learner, "givenNames") ?? "",
        FamilyName = Text(learner, "familyName") ?? "",
        BirthDate = Date(Text(learner, "bday")),
        Citizenship = Text(learner, "citizenship"),
        GlobalId = learner?.Elements(Elmo + "identifier").FirstOrDefault(i => (string?)i.Attribute("type") == "esi")?.Value.Trim(),
    };

    private static IEnumerable<TranscriptResult> ReadResults(XElement los, XElement report)
    {
        var instance = los.Element(Elmo + "specifies")?.Element(Elmo + "learningOpportunityInstance");
        var schemeId = Text(instance, "gradingSchemeLocalId");
        var scheme = schemeId is null
            ? null
            : report.Elements(Elmo + "gradingScheme").FirstOrDefault(g => (string?)g.Attribute("localId") == schemeId) is { } found
                ? Text(found, "description") ?? schemeId
                : schemeId;
        var credits = instance?.Elements(Elmo + "credit").ToList() ?? [];
        var credit = credits.FirstOrDefault(c => string.Equals(Text(c, "scheme"), "ects", StringComparison.OrdinalIgnoreCase));
        yield return new TranscriptResult
        {
            Identifiers = Identifiers(los),
            Titles = Texts(los, "title"),
            LosType = Text(los, "type"),
            IscedCode = Text(los, "iscedCode"),
            Url = Text(los, "url"),
            StartDate = Date(Text(instance, "start")),
            ResultDate = Date(Text(instance, "date")),
            Status = Text(instance, "status"),
            CreditLevel = Text(credit, "level"),
            GradingSchemeLocalId = schemeId,
            OtherCredits = [.. credits.Where(c => c != credit).Select(c => new TranscriptCredit
            {
                Scheme = Text(c, "scheme") ?? "",
                Level = Text(c, "level"),
                Value = Text(c, "value") is { } other ? XmlConvert.ToDecimal(other) : null,
            })],
            ResultDistribution = [.. (instance?.Element(Elmo + "resultDistribution")?.Elements(Elmo + "category") ?? [])
                .Select(c => new TranscriptResultCategory { Label = (string?)c.Attribute("label") ?? "", Count = (long?)c.Attribute("count") ?? 0 })],
            CourseCode = los.Elements(Elmo + "identifier").OrderBy(i => (string?)i.Attribute("type") == "local" ? 0 : 1).FirstOrDefault()?.Value.Trim(),
            Title = Text(los, "title") ?? "",
            EctsCredits = Text(credit, "value") is { } value ? XmlConvert.ToDecimal(value) : null,
            Grade = Text(instance, "resultLabel"),
            GradingScheme = scheme,
            AcademicTerm = instance?.Element(Elmo + "extension")?.Element(Extension + "academicTermId")?.Value.Trim()
                ?? Text(instance?.Element(Elmo + "academicTerm"), "title"),
        };

        foreach (var part in los.Elements(Elmo + "hasPart").Elements(Elmo + "learningOpportunitySpecification"))
        {
            foreach (var result in ReadResults(part, report))
            {
                yield return result;
            }
        }
    }

    private static TranscriptAttachment? ReadAttachment(XElement attachment, LiftedTexts? lifted, TranscriptContents? spool)
    {
        // A data: URI, "data:<media type>[;params];base64,<bytes>"; other content (plain URLs) cannot be stored.
        var content = Text(attachment, "content");
        var comma = content?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        var title = attachment.Element(Elmo + "title");
        var result = new TranscriptAttachment
        {
            Title = title?.Value.Trim() ?? "",
            TitleLang = (string?)title?.Attribute(XNamespace.Xml + "lang"),
            Type = Text(attachment, "type"),
        };
        if (content is null)
        {
            return null;
        }

        if (lifted?.Find(content) is { } large)
        {
            LiftedAttachment.Fill(result, large, spool);
            return result;
        }

        if (!content.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0)
        {
            result.ContentUri = content;
            return result;
        }

        var mediaType = content[5..comma].Split(';')[0];
        result.MediaType = mediaType.Length == 0 ? "text/plain" : mediaType;
        // Decoded in place (Convert skips the line breaks and spaces encoders wrap base64 with): the content of a PDF
        // weighs megabytes, and a copy of it without white space is only made when other white space is in the way.
        var encoded = content.AsSpan(comma + 1);
        var bytes = new byte[encoded.Length * 3 / 4 + 3];
        var written = 0;
        if (!content.AsSpan(0, comma).EndsWith(";base64", StringComparison.OrdinalIgnoreCase)
            || !(Convert.TryFromBase64Chars(encoded, bytes, out written)
                || Convert.TryFromBase64String(string.Concat(content[(comma + 1)..].Where(c => !char.IsWhiteSpace(c))), bytes, out written)))
        {
            result.ContentUri = content;
            return result;
        }

        result.Content = bytes[..written];
        return result;
    }

    private static IEnumerable<TranscriptGradingScheme> ReadGradingScheme(XElement scheme)
    {
        var localId = (string?)scheme.Attribute("localId") ?? "";
        var descriptions = Texts(scheme, "description");
        return descriptions.Count == 0
            ? [new TranscriptGradingScheme { LocalId = localId }]
            : descriptions.Select(d => new TranscriptGradingScheme { LocalId = localId, Lang = d.Lang, Description = d.Text });
    }

    // xs:date may carry a zone ("2015-01-01Z"); the calendar day is what counts.
    private static DateOnly? Date(string? value) =>
        value is null ? null : DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static List<OtherId> Identifiers(XElement? parent) =>
        [.. (parent?.Elements(Elmo + "identifier") ?? []).Select(i => new OtherId { Type = (string?)i.Attribute("type") ?? "", Value = i.Value.Trim() })];

    private static List<LocalizedText> Texts(XElement? parent, string name) =>
        [.. (parent?.Elements(Elmo + name) ?? []).Select(t => new LocalizedText { Lang = (string?)t.Attribute(XNamespace.Xml + "lang"), Text = t.Value.Trim() })];

    private static string? Text(XElement? parent, string name) =>
        parent?.Element(Elmo + name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
