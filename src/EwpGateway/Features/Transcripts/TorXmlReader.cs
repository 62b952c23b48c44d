using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Reads an IMobility ToRs v2 get-response into canonical <see cref="Transcript"/>s, the inverse of
/// <see cref="TorXmlWriter"/> (for the partner sync). The receiving HEI is the first report's <c>schac</c> issuer;
/// the sending HEI is not in the document, so the caller passes the HEI it asked for. Results of every report and of
/// nested <c>hasPart</c> specifications are flattened into <see cref="Transcript.Results"/>; attachments of the
/// reports and of the document are kept when their content is a base64 <c>data:</c> URI. The model does not carry
/// the rest (see the report of this feature): learner identifiers other than <c>esi</c>, issuer details, ISCED codes,
/// LOS types and descriptions, result distributions, status, languages, groups, the signature and the
/// <c>gradeConversionTable</c>.
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

    private static Transcript ReadTor(XElement tor, string sendingHeiId)
    {
        var omobilityId = tor.Element(Ns + "omobility-id")?.Value.Trim() ?? "";
        var elmo = tor.Element(Elmo + "elmo") ?? throw new FormatException($"The tor of '{omobilityId}' has no ELMO document.");
        var reports = elmo.Elements(Elmo + "report").ToList();
        var first = reports.FirstOrDefault();
        var receivingHeiId = first?.Element(Elmo + "issuer")?.Elements(Elmo + "identifier")
            .FirstOrDefault(i => (string?)i.Attribute("type") == "schac")?.Value.Trim() ?? "";
        return new Transcript
        {
            OmobilityId = omobilityId,
            SendingHeiId = sendingHeiId,
            ReceivingHeiId = receivingHeiId,
            Learner = ReadLearner(elmo.Element(Elmo + "learner")),
            IssueDate = first?.Element(Elmo + "issueDate") is { } issued ? XmlConvert.ToDateTimeOffset(issued.Value.Trim()) : default,
            Results = [.. reports.SelectMany(r => r.Elements(Elmo + "learningOpportunitySpecification").SelectMany(los => ReadResults(los, r)))],
            Attachments = [.. reports.SelectMany(r => r.Elements(Elmo + "attachment")).Concat(elmo.Elements(Elmo + "attachment"))
                .Select(ReadAttachment).OfType<TranscriptAttachment>()],
            Provenance = new Provenance
            {
                Source = ProvenanceSource.Partner,
                PartnerHeiId = receivingHeiId,
                PartnerObjectId = omobilityId,
                EwpVersion = "2.0.0",
            },
        };
    }

    private static Learner ReadLearner(XElement? learner) => new()
    {
        GivenNames = Text(learner, "givenNames") ?? "",
        FamilyName = Text(learner, "familyName") ?? "",
        BirthDate = Text(learner, "bday") is { } bday ? DateOnly.ParseExact(bday[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
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
        var credit = instance?.Elements(Elmo + "credit")
            .FirstOrDefault(c => string.Equals(Text(c, "scheme"), "ects", StringComparison.OrdinalIgnoreCase));
        yield return new TranscriptResult
        {
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

    private static TranscriptAttachment? ReadAttachment(XElement attachment)
    {
        // A data: URI, "data:<media type>[;params];base64,<bytes>"; other content (plain URLs) cannot be stored.
        var content = Text(attachment, "content");
        var comma = content?.IndexOf(',', StringComparison.Ordinal) ?? -1;
        if (content is null || !content.StartsWith("data:", StringComparison.OrdinalIgnoreCase) || comma < 0
            || !content[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var mediaType = content[5..comma].Split(';')[0];
        var base64 = string.Concat(content[(comma + 1)..].Where(c => !char.IsWhiteSpace(c)));
        var bytes = new byte[base64.Length * 3 / 4 + 3];
        if (!Convert.TryFromBase64String(base64, bytes, out var written))
        {
            return null;
        }

        return new TranscriptAttachment
        {
            Title = Text(attachment, "title") ?? "",
            MediaType = mediaType.Length == 0 ? "text/plain" : mediaType,
            Content = bytes[..written],
        };
    }

    private static string? Text(XElement? parent, string name) =>
        parent?.Element(Elmo + name)?.Value.Trim() is { Length: > 0 } value ? value : null;
}
