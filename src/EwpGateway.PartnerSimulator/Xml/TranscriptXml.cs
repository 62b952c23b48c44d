using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.PartnerSimulator.Data;

namespace EwpGateway.PartnerSimulator.Xml;

/// <summary>
/// IMobility ToRs v2 <c>get</c>/<c>index</c> responses: each <c>tor</c> holds an ELMO v1 document issued by the
/// partner (one report, one learning opportunity per result, the partner's grading scheme) and the grade conversion
/// table; a <see cref="SimTranscript.Signed"/> ELMO carries an enveloped XML signature with the partner's key.
/// </summary>
internal static class TranscriptXml
{
    private static readonly XNamespace N = SimNamespaces.TorsGet;
    private static readonly XNamespace E = SimNamespaces.Elmo;

    public static XElement GetResponse(string partnerHeiId, IEnumerable<SimTranscript> transcripts, RSA signingKey) =>
        new(N + "imobility-tors-get-response", transcripts.Select(t => Tor(partnerHeiId, t, signingKey)));

    public static XElement IndexResponse(IEnumerable<string> ids) =>
        new(SimNamespaces.TorsIndex + "imobility-tors-index-response", ids.Select(id => new XElement(SimNamespaces.TorsIndex + "omobility-id", id)));

    private static XElement Tor(string partnerHeiId, SimTranscript t, RSA signingKey)
    {
        var elmo = Elmo(partnerHeiId, t);
        return new XElement(
            N + "tor",
            new XElement(N + "omobility-id", t.OmobilityId),
            t.Signed ? Sign(elmo, signingKey) : elmo,
            new XElement(
                N + "gradeConversionTable",
                new XElement(
                    N + "iscedTable",
                    new XAttribute("iscedCode", t.GradingScheme.IscedCode),
                    t.GradingScheme.Frequencies.Select(f => new XElement(
                        N + "gradeFrequency",
                        new XAttribute("label", f.Grade),
                        new XAttribute("percentage", f.Percentage.ToString("0.0", CultureInfo.InvariantCulture)))))));
    }

    private static XElement Elmo(string partnerHeiId, SimTranscript t)
    {
        var issued = t.ModifiedAt == default ? new DateTimeOffset(2027, 7, 1, 0, 0, 0, TimeSpan.Zero) : t.ModifiedAt;
        return new XElement(
            E + "elmo",
            new XElement(E + "generatedDate", XmlConvert.ToString(issued)),
            new XElement(
                E + "learner",
                new XElement(E + "givenNames", t.GivenNames),
                new XElement(E + "familyName", t.FamilyName),
                t.BirthDate is { } birth ? new XElement(E + "bday", birth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) : null),
            new XElement(
                E + "report",
                new XElement(
                    E + "issuer",
                    new XElement(E + "country", SampleInstitutions.CountryOf(partnerHeiId)),
                    new XElement(E + "identifier", new XAttribute("type", "schac"), partnerHeiId),
                    new XElement(E + "title", new XAttribute(XNamespace.Xml + "lang", "en"), SampleInstitutions.NameOf(partnerHeiId)),
                    new XElement(E + "url", "https://www." + partnerHeiId + "/")),
                t.Results.Select((r, i) => Result(r, i)),
                new XElement(E + "issueDate", XmlConvert.ToString(issued)),
                new XElement(E + "gradingScheme", new XAttribute("localId", "gs-1"), new XElement(E + "description", t.GradingScheme.Description)),
                t.Pdf is { } pdf ? Attachment(pdf) : null));
    }

    private static XElement Attachment(byte[] pdf) => new(
        E + "attachment",
        new XElement(E + "title", new XAttribute(XNamespace.Xml + "lang", "en"), "Transcript of records"),
        new XElement(E + "type", "Transcript of Records"),
        new XElement(E + "content", "data:application/pdf;base64," + Convert.ToBase64String(pdf)));

    private static XElement Result(SimCourseResult result, int index) => new(
        E + "learningOpportunitySpecification",
        new XElement(E + "identifier", new XAttribute("type", "local"), "C" + (index + 1).ToString("000", CultureInfo.InvariantCulture)),
        new XElement(E + "title", new XAttribute(XNamespace.Xml + "lang", "en"), result.Title),
        new XElement(E + "type", "Course"),
        new XElement(
            E + "specifies",
            new XElement(
                E + "learningOpportunityInstance",
                new XElement(E + "gradingSchemeLocalId", "gs-1"),
                new XElement(E + "resultLabel", result.Grade),
                new XElement(
                    E + "credit",
                    new XElement(E + "scheme", "ects"),
                    new XElement(E + "value", result.Credits.ToString("0.##", CultureInfo.InvariantCulture))))));

    private static XElement Sign(XElement elmo, RSA key)
    {
        // Signed in its indented form: the whitespace then makes the ELMO mixed content, which the indenting response
        // writer leaves as it is; signed unindented, the writer would indent it afterwards and break the signature.
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.LoadXml(elmo.ToString());

        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new RSAKeyValue(key));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        return XElement.Parse(document.OuterXml, LoadOptions.PreserveWhitespace);
    }
}
