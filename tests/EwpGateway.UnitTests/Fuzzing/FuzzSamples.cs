using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Xml.Linq;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.PartnerSimulator;
using EwpGateway.PartnerSimulator.Data;
using EwpGateway.PartnerSimulator.Xml;
using EwpGateway.UnitTests.HttpSignatures;
using EwpGateway.UnitTests.Infrastructure.Xml;

namespace EwpGateway.UnitTests.Fuzzing;

/// <summary>
/// The valid inputs the fuzz targets mutate, and the tokens they splice in. EWP documents come from the partner
/// simulator's writers (IIAs v7, Outgoing Mobilities v3, ToRs v2 with signed ELMO), the gateway's update request, and the
/// official examples where <c>../shared/ewp-specs</c> is present.
/// </summary>
internal static class FuzzSamples
{
    public const string Home = "inp-toulouse.fr";

    private static readonly Lazy<IReadOnlyList<byte[]>> s_documents = new(BuildDocuments);
    private static readonly Lazy<IReadOnlyList<byte[]>> s_elmo = new(BuildElmo);

    /// <summary>Well-formed, valid EWP documents (and a few hostile ones, for their structure).</summary>
    public static IReadOnlyList<byte[]> Documents => s_documents.Value;

    /// <summary>ELMO documents with an enveloped XML signature.</summary>
    public static IReadOnlyList<byte[]> SignedElmo => s_elmo.Value;

    public static IReadOnlyList<byte[]> XmlTokens { get; } = Tokens(
        "<", ">", "/>", "</", "&", "&amp;", "&#0;", "&#x1;", "&#xD800;", "<!DOCTYPE r [<!ENTITY e \"x\">]>", "<!ENTITY % p SYSTEM \"http://127.0.0.1:1/\">",
        "&e;", "<![CDATA[", "]]>", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "<?pi x?>", "<!--", "-->", "xmlns=\"\"", "xmlns:x=\"urn:x\"",
        " xml:lang=\"en\"", "\"", "'", "=", "\u00e9", "\ud83d\ude00", "9999999999999999999999999999999", "-0", "1e308", "NaN",
        "2026-02-30T25:61:61Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59+14:00", "<a>", "</a>", "true", "false", "  ", "\r\n", "\t");

    public static IReadOnlyList<byte[]> AuthorizationSamples { get; } = BuildAuthorizations();

    public static IReadOnlyList<byte[]> HeaderTokens { get; } = Tokens(
        "\"", "\\", "\\\"", ",", "=", " ", "\t", ",,", "==", "keyId=\"", "signature=\"", "headers=\"", "algorithm=\"", "Signature ", "(request-target)",
        "rsa-sha256", "SHA-256=", "SHA=", "sha-256=", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "\r", "\n", "\0", "\u00e9", "\ud800", "%", "%00", "+");

    /// <summary>A valid Digest header value and ways to write it.</summary>
    public static IReadOnlyList<byte[]> DigestSamples { get; } = Tokens(
        DigestBody("body"), "SHA-256=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "SHA=2jmj7l5rSw0yVb/vlWAYkK/YBwk=, " + DigestBody("body"),
        "shA-256=" + Convert.ToBase64String(SHA256.HashData("body"u8)) + ",SHA-512=abc==");

    /// <summary>Form bodies and query strings.</summary>
    public static IReadOnlyList<byte[]> FormSamples { get; } = Tokens(
        "iia_id=1&iia_id=2", "omobility_id=a%20b&receiving_hei_id=uw.edu.pl", "echo=%C3%A9%F0%9F%98%80&echo=+", "modified_since=2024-01-01T00%3A00%3A00Z", "x=%E2%82%AC");

    public static IReadOnlyList<byte[]> FormTokens { get; } = Tokens(
        "%", "%0", "%00", "%01", "%80", "%C3", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%EF%BF%BE", "%C0%AF", "&", "=", "+", "\u00e9", "\ud800", "\uFFFE");

    public static IReadOnlyList<byte[]> CertificateSamples { get; } = BuildCertificates();

    public static IReadOnlyList<byte[]> CertificateTokens { get; } = Tokens(
        "-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----", "%0A", "%2B", "%", "=", "==", "\n", " ", "MII", "-----BEGIN PRIVATE KEY-----");

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string DigestBody(string body) => "SHA-256=" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    private static IReadOnlyList<byte[]> Tokens(params string[] tokens) => [.. tokens.Select(Utf8)];

    private static IReadOnlyList<byte[]> BuildAuthorizations()
    {
        var signature = Convert.ToBase64String(new byte[256].Select((_, i) => (byte)i).ToArray());
        return Tokens(
            $"Signature keyId=\"{TestKeys.ClientKeyId}\",algorithm=\"rsa-sha256\",headers=\"(request-target) host date digest x-request-id\",signature=\"{signature}\"",
            $"keyId=\"{TestKeys.ServerKeyId}\",algorithm=\"rsa-sha256\",headers=\"date digest x-request-id x-request-signature\",signature=\"{signature}\"",
            $"Signature keyId=\"a\\\"b\", signature=\"c\\\\\"",
            "Signature keyId=\"k\",signature=\"s\"");
    }

    private static IReadOnlyList<byte[]> BuildCertificates()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=fuzz-client", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UnixEpoch.AddYears(50), DateTimeOffset.UnixEpoch.AddYears(60));
        var pem = certificate.ExportCertificatePem();
        return Tokens(Convert.ToBase64String(certificate.Export(X509ContentType.Cert)), pem, Uri.EscapeDataString(pem));
    }

    private static IReadOnlyList<byte[]> BuildDocuments()
    {
        var options = new SimulatorOptions { AgreementsPerPartner = 3, NominationsPerPartner = 3 };
        var data = new PartnerDataset(TimeProvider.System);
        SeedData.Fill(data, "utwente.nl", options, 0);
        List<byte[]> documents =
        [
            XmlBytes.Of(IiaXml.GetResponse("utwente.nl", Home, data.Agreements.All)),
            XmlBytes.Of(NominationXml.GetResponse(data.Nominations.All)),
            XmlBytes.Of(NominationXml.IndexResponse(data.Nominations.All.Select(n => n.OmobilityId))),
            .. SignedElmoResponses(),
            Utf8(new OmobilityUpdateRequest(true, "om-1", "proposal-1", null).ToDocument().ToString()),
            Utf8(new OmobilityUpdateRequest(false, "om-1", "proposal-1", "Sorry.").ToDocument().ToString()),
            Utf8("<!DOCTYPE r [<!ENTITY a \"aa\"><!ENTITY b \"&a;&a;\">]><r>&b;</r>"),
        ];
        if (SpecExamples.Folder is { } folder)
        {
            foreach (var example in new[]
            {
                "ewp-specs-api-iias/endpoints/get-response-example.xml", "ewp-specs-api-iias/endpoints/index-response-example.xml",
                "ewp-specs-api-imobility-tors/endpoints/get-response-example.xml", "ewp-specs-api-iias-approval/response-example.xml",
                "ewp-specs-api-registry/catalogue-example.xml", "ewp-specs-api-discovery/manifest-example.xml",
            })
            {
                documents.Add(File.ReadAllBytes(Path.Combine(folder, example)));
            }
        }

        return documents;
    }

    private static IEnumerable<byte[]> SignedElmoResponses()
    {
        using var key = RSA.Create(2048);
        var random = new Random(7);
        var transcripts = new[] { "om-1", "om-2" }.Select(id => SeedData.Transcript(id, random) with { Signed = true }).ToList();
        yield return XmlBytes.Of(TranscriptXml.GetResponse("utwente.nl", transcripts, key));
    }

    private static IReadOnlyList<byte[]> BuildElmo()
    {
        XNamespace elmo = EwpNamespaces.ElmoV1;
        using var key = RSA.Create(2048);
        var transcript = SeedData.Transcript("om-elmo", new Random(11)) with { Signed = true };
        var response = TranscriptXml.GetResponse("utwente.nl", [transcript], key);
        return [.. response.Descendants(elmo + "elmo").Select(e => Utf8(e.ToString(SaveOptions.DisableFormatting)))];
    }
}
