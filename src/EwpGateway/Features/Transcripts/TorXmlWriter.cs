using System.Globalization;
using System.Xml;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Writes canonical <see cref="Transcript"/>s as IMobility ToRs v2 <c>tor</c> elements holding an ELMO v1 document:
/// the learner (ESI as identifier type <c>esi</c>), one report issued by us (SCHAC id as type <c>schac</c>) with a
/// learning opportunity specification per result (credits in the <c>ects</c> scheme, the grade as result label with
/// its grading scheme) and the attachments as <c>data:</c> URIs. A partner's transcript (one that carries its issuer's
/// identifiers) is written back as it came: its issuer, grading schemes, LOS types and ids instead of our defaults. Unsigned documents stream straight into the
/// response (an attachment's content from the database when the query left it there, see <see cref="AttachmentContentStreamer"/>);
/// a signed one is built in memory first, because the signature covers the whole ELMO document.
/// </summary>
internal static class TorXmlWriter
{
    /// <summary>Our ELMO <c>extension</c> namespace: it carries the EWP academic term id, which ELMO's
    /// <c>academicTerm</c> cannot hold without start and end dates.</summary>
    public const string ExtensionNs = "urn:ewp-gateway:elmo-extension:v1";

    private const string Ns = EwpNamespaces.ImobilityTorsGetResponse;
    private const string Elmo = EwpNamespaces.ElmoV1;

    private static readonly XmlWriterSettings InMemorySettings = new() { Async = true, Indent = true, CloseOutput = false };

    public static async Task WriteStartResponseAsync(XmlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        await writer.WriteStartDocumentAsync();
        await writer.WriteStartElementAsync(null, "imobility-tors-get-response", Ns);
    }

    /// <summary>Writes one <c>tor</c>; the ELMO document is signed when <paramref name="signer"/> is enabled.</summary>
    /// <remarks><paramref name="content"/> streams the attachments whose content the query left in the database.</remarks>
    public static async Task WriteTorAsync(
        XmlWriter writer, Transcript transcript, ElmoIssuer issuer, DateTimeOffset generatedDate, ElmoSigner? signer, CancellationToken ct,
        AttachmentContentStreamer? content = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transcript);
        await writer.WriteStartElementAsync(null, "tor", Ns);
        await writer.WriteElementStringAsync(null, "omobility-id", Ns, transcript.OmobilityId);
        if (signer is { Enabled: true })
        {
            var elmo = await SignedElmoAsync(transcript, issuer, generatedDate, signer, content, ct);
            using var reader = new XmlNodeReader(elmo.DocumentElement!);
            await writer.WriteNodeAsync(reader, defattr: true);
        }
        else
        {
            await WriteElmoAsync(writer, transcript, issuer, generatedDate, content, ct);
        }

        await WriteGradeConversionAsync(writer, transcript.GradeConversion);
        await writer.WriteEndElementAsync();
    }

    /// <summary>Writes the ELMO v1 <c>elmo</c> element of <paramref name="transcript"/> (without signature).</summary>
    public static async Task WriteElmoAsync(
        XmlWriter writer, Transcript transcript, ElmoIssuer issuer, DateTimeOffset generatedDate, AttachmentContentStreamer? content = null,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(issuer);
        await writer.WriteStartElementAsync(null, "elmo", Elmo);
        await writer.WriteElementStringAsync(null, "generatedDate", Elmo, XmlConvert.ToString(transcript.GeneratedDate ?? generatedDate));
        await WriteLearnerAsync(writer, transcript.Learner, transcript.LearnerIdentifiers);

        // A partner's transcript keeps its own issuer and writes back only what it had; ours take the configured one.
        var partner = transcript.IssuerIdentifiers.Count > 0;
        await writer.WriteStartElementAsync(null, "report", Elmo);
        if (partner)
        {
            await WritePartnerIssuerAsync(writer, transcript);
        }
        else
        {
            await WriteIssuerAsync(writer, issuer);
        }

        var schemes = transcript.Results.Select(r => r.GradingScheme).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        foreach (var result in transcript.Results)
        {
            await WriteResultAsync(writer, result, schemes, partner);
        }

        await writer.WriteElementStringAsync(null, "issueDate", Elmo, XmlConvert.ToString(transcript.IssueDate));
        if (partner)
        {
            await WritePartnerGradingSchemesAsync(writer, transcript.GradingSchemes);
        }

        for (var i = 0; i < schemes.Count && !partner; i++)
        {
            await writer.WriteStartElementAsync(null, "gradingScheme", Elmo);
            await writer.WriteAttributeStringAsync(null, "localId", null, SchemeId(i));
            await writer.WriteElementStringAsync(null, "description", Elmo, schemes[i]);
            await writer.WriteEndElementAsync();
        }

        foreach (var attachment in transcript.Attachments)
        {
            await WriteAttachmentAsync(writer, attachment, content, ct);
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
    }

    private static async Task<XmlDocument> SignedElmoAsync(
        Transcript transcript, ElmoIssuer issuer, DateTimeOffset generatedDate, ElmoSigner signer, AttachmentContentStreamer? content, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await using (var inner = XmlWriter.Create(buffer, InMemorySettings))
        {
            await WriteElmoAsync(inner, transcript, issuer, generatedDate, content, ct);
        }

        ct.ThrowIfCancellationRequested();
        buffer.Position = 0;

        // Whitespace is kept as written, so that the signed bytes are the served bytes.
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using (var reader = XmlReader.Create(buffer, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            document.Load(reader);
        }

        signer.Sign(document);
        return document;
    }

    private static async Task WriteLearnerAsync(XmlWriter writer, Learner learner, List<OtherId> identifiers)
    {
        await writer.WriteStartElementAsync(null, "learner", Elmo);
        await WriteOptionalAsync(writer, "citizenship", learner.Citizenship);
        if (learner.GlobalId is { Length: > 0 } esi)
        {
            await WriteIdentifierAsync(writer, "esi", esi);
        }

        foreach (var identifier in identifiers)
        {
            await WriteIdentifierAsync(writer, identifier.Type, identifier.Value);
        }

        await writer.WriteElementStringAsync(null, "givenNames", Elmo, learner.GivenNames);
        await writer.WriteElementStringAsync(null, "familyName", Elmo, learner.FamilyName);
        await WriteOptionalAsync(writer, "bday", learner.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteIssuerAsync(XmlWriter writer, ElmoIssuer issuer)
    {
        await writer.WriteStartElementAsync(null, "issuer", Elmo);
        await WriteIdentifierAsync(writer, "schac", issuer.HeiId);
        foreach (var (type, value) in issuer.OtherIds.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            await WriteIdentifierAsync(writer, type, value);
        }

        if (issuer.Names.Count == 0)
        {
            await writer.WriteElementStringAsync(null, "title", Elmo, issuer.HeiId);
        }

        foreach (var (lang, name) in issuer.Names.OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            await writer.WriteStartElementAsync(null, "title", Elmo);
            await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, lang);
            await writer.WriteStringAsync(name);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteElementStringAsync(null, "url", Elmo, issuer.Url);
        await writer.WriteEndElementAsync();
    }

    private static async Task WritePartnerIssuerAsync(XmlWriter writer, Transcript transcript)
    {
        await writer.WriteStartElementAsync(null, "issuer", Elmo);
        await WriteOptionalAsync(writer, "country", transcript.IssuerCountry);
        foreach (var identifier in transcript.IssuerIdentifiers)
        {
            await WriteIdentifierAsync(writer, identifier.Type, identifier.Value);
        }

        await WriteTitlesAsync(writer, transcript.IssuerTitles, transcript.ReceivingHeiId);
        await WriteOptionalAsync(writer, "url", transcript.IssuerUrl);
        await writer.WriteEndElementAsync();
    }

    private static async Task WritePartnerGradingSchemesAsync(XmlWriter writer, List<TranscriptGradingScheme> rows)
    {
        foreach (var scheme in rows.GroupBy(r => r.LocalId, StringComparer.Ordinal))
        {
            await writer.WriteStartElementAsync(null, "gradingScheme", Elmo);
            await writer.WriteAttributeStringAsync(null, "localId", null, scheme.Key);
            foreach (var row in scheme.Where(r => r.Description.Length > 0))
            {
                await writer.WriteStartElementAsync(null, "description", Elmo);
                if (row.Lang is { Length: > 0 } lang)
                {
                    await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, lang);
                }

                await writer.WriteStringAsync(row.Description);
                await writer.WriteEndElementAsync();
            }

            await writer.WriteEndElementAsync();
        }
    }

    private static async Task WriteResultAsync(XmlWriter writer, TranscriptResult result, List<string> schemes, bool partner)
    {
        await writer.WriteStartElementAsync(null, "learningOpportunitySpecification", Elmo);
        if (result.Identifiers.Count > 0)
        {
            foreach (var identifier in result.Identifiers)
            {
                await WriteIdentifierAsync(writer, identifier.Type, identifier.Value);
            }
        }
        else if (result.CourseCode is { Length: > 0 } code)
        {
            await WriteIdentifierAsync(writer, "local", code);
        }

        await WriteTitlesAsync(writer, result.Titles, result.Title);
        await WriteOptionalAsync(writer, "type", result.LosType ?? (partner ? null : "Course"));
        await WriteOptionalAsync(writer, "iscedCode", result.IscedCode);
        await WriteOptionalAsync(writer, "url", result.Url);
        await writer.WriteStartElementAsync(null, "specifies", Elmo);
        await writer.WriteStartElementAsync(null, "learningOpportunityInstance", Elmo);
        await WriteOptionalAsync(writer, "start", result.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await WriteOptionalAsync(writer, "date", result.ResultDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await WriteOptionalAsync(writer, "status", result.Status);
        if (result.GradingSchemeLocalId is { } localId && partner)
        {
            await writer.WriteElementStringAsync(null, "gradingSchemeLocalId", Elmo, localId);
        }
        else if (result.GradingScheme is { } scheme)
        {
            await writer.WriteElementStringAsync(null, "gradingSchemeLocalId", Elmo, SchemeId(schemes.IndexOf(scheme)));
        }

        await WriteOptionalAsync(writer, "resultLabel", result.Grade);
        if (result.ResultDistribution.Count > 0)
        {
            await writer.WriteStartElementAsync(null, "resultDistribution", Elmo);
            foreach (var category in result.ResultDistribution)
            {
                await writer.WriteStartElementAsync(null, "category", Elmo);
                await writer.WriteAttributeStringAsync(null, "count", null, XmlConvert.ToString(category.Count));
                await writer.WriteAttributeStringAsync(null, "label", null, category.Label);
                await writer.WriteEndElementAsync();
            }

            await writer.WriteEndElementAsync();
        }

        if (result.EctsCredits is { } credits)
        {
            await writer.WriteStartElementAsync(null, "credit", Elmo);
            await writer.WriteElementStringAsync(null, "scheme", Elmo, "ects");
            await WriteOptionalAsync(writer, "level", result.CreditLevel);
            await writer.WriteElementStringAsync(null, "value", Elmo, XmlConvert.ToString(credits));
            await writer.WriteEndElementAsync();
        }

        foreach (var other in result.OtherCredits)
        {
            await writer.WriteStartElementAsync(null, "credit", Elmo);
            await writer.WriteElementStringAsync(null, "scheme", Elmo, other.Scheme);
            await WriteOptionalAsync(writer, "level", other.Level);
            await WriteOptionalAsync(writer, "value", other.Value is { } value ? XmlConvert.ToString(value) : null);
            await writer.WriteEndElementAsync();
        }

        if (result.AcademicTerm is { Length: > 0 } term)
        {
            await writer.WriteStartElementAsync(null, "extension", Elmo);
            await writer.WriteElementStringAsync("gw", "academicTermId", ExtensionNs, term);
            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteAttachmentAsync(XmlWriter writer, TranscriptAttachment attachment, AttachmentContentStreamer? content, CancellationToken ct)
    {
        await writer.WriteStartElementAsync(null, "attachment", Elmo);
        if (!string.IsNullOrEmpty(attachment.Title))
        {
            await WriteTitlesAsync(writer, [new LocalizedText { Lang = attachment.TitleLang, Text = attachment.Title }], attachment.Title);
        }

        var isPdf = string.Equals(attachment.MediaType, "application/pdf", StringComparison.OrdinalIgnoreCase);
        await writer.WriteElementStringAsync(null, "type", Elmo, attachment.Type ?? (isPdf ? "Transcript of Records" : "Other"));
        await writer.WriteStartElementAsync(null, "content", Elmo);
        if (attachment.ContentUri is { } uri)
        {
            await writer.WriteStringAsync(uri);
        }
        else
        {
            await writer.WriteStringAsync($"data:{attachment.MediaType};base64,");
            if (content is not null && AttachmentContentStreamer.IsDeferred(attachment))
            {
                await content.WriteBase64Async(writer, attachment, ct);
            }
            else
            {
                await writer.WriteBase64Async(attachment.Content, 0, attachment.Content.Length);
            }
        }

        await writer.WriteEndElementAsync();
        await writer.WriteEndElementAsync();
    }

    /// <summary>The titles with their languages, or <paramref name="fallback"/> when there are none (ELMO needs one).</summary>
    private static async Task WriteTitlesAsync(XmlWriter writer, List<LocalizedText> titles, string fallback)
    {
        if (titles.Count == 0)
        {
            await writer.WriteElementStringAsync(null, "title", Elmo, fallback);
            return;
        }

        foreach (var title in titles)
        {
            await writer.WriteStartElementAsync(null, "title", Elmo);
            if (title.Lang is { Length: > 0 } lang)
            {
                await writer.WriteAttributeStringAsync("xml", "lang", EwpNamespaces.Xml, lang);
            }

            await writer.WriteStringAsync(title.Text);
            await writer.WriteEndElementAsync();
        }
    }

    private static async Task WriteGradeConversionAsync(XmlWriter writer, List<TranscriptGradeFrequency> frequencies)
    {
        if (frequencies.Count == 0)
        {
            return;
        }

        await writer.WriteStartElementAsync(null, "gradeConversionTable", Ns);
        foreach (var table in frequencies.GroupBy(f => f.IscedCode, StringComparer.Ordinal))
        {
            await writer.WriteStartElementAsync(null, "iscedTable", Ns);
            await writer.WriteAttributeStringAsync(null, "iscedCode", null, table.Key);
            foreach (var frequency in table)
            {
                await writer.WriteStartElementAsync(null, "gradeFrequency", Ns);
                await writer.WriteAttributeStringAsync(null, "label", null, frequency.Label);
                await writer.WriteAttributeStringAsync(null, "percentage", null, frequency.Percentage);
                await writer.WriteEndElementAsync();
            }

            await writer.WriteEndElementAsync();
        }

        await writer.WriteEndElementAsync();
    }

    private static async Task WriteIdentifierAsync(XmlWriter writer, string type, string value)
    {
        await writer.WriteStartElementAsync(null, "identifier", Elmo);
        await writer.WriteAttributeStringAsync(null, "type", null, type);
        await writer.WriteStringAsync(value);
        await writer.WriteEndElementAsync();
    }

    private static async Task WriteOptionalAsync(XmlWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            await writer.WriteElementStringAsync(null, name, Elmo, value);
        }
    }

    private static string SchemeId(int index) => "gs-" + (index + 1).ToString(CultureInfo.InvariantCulture);
}
