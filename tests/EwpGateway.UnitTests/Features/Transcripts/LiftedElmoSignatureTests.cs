using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.UnitTests.Features.Transcripts;

/// <summary>
/// The signature check of an ELMO document with a large attachment, made without loading the attachment: it calls valid
/// exactly what <see cref="SignedXml"/> calls valid, and leaves everything else to the full check.
/// </summary>
public sealed class LiftedElmoSignatureTests
{
    private static readonly string Base64 = Convert.ToBase64String(Pdf(150_000), Base64FormattingOptions.InsertLineBreaks);

    [Theory]
    [InlineData(SignedXml.XmlDsigExcC14NTransformUrl)]
    [InlineData(SignedXml.XmlDsigC14NTransformUrl)]
    public void TryVerify_SignedLargeElmo_ValidAsTheFullCheckSays(string canonicalization)
    {
        using var key = RSA.Create(2048);
        var elmo = Sign(Elmo(Base64), key, canonicalization);

        var detail = LiftedElmoSignature.TryVerify(new MemoryStream(elmo));

        Assert.NotNull(detail);
        Assert.Equal((ElmoSignatureStatus.Valid, detail), ElmoSignatureVerifier.Verify(elmo));
    }

    [Theory]
    [InlineData("inside")]
    [InlineData("outside")]
    public void TryVerify_AlteredAfterSigning_LeftToTheFullCheckWhichSaysInvalid(string where)
    {
        using var key = RSA.Create(2048);
        var signed = Encoding.UTF8.GetString(Sign(Elmo(Base64), key, SignedXml.XmlDsigExcC14NTransformUrl));
        var altered = Encoding.UTF8.GetBytes(where == "inside"
            ? signed.Replace(Base64[1000..1010], Base64[1001..1011], StringComparison.Ordinal)
            : signed.Replace("Jan", "Jon", StringComparison.Ordinal));

        var detail = LiftedElmoSignature.TryVerify(new MemoryStream(altered));

        Assert.Null(detail);
        Assert.Equal(ElmoSignatureStatus.Invalid, ElmoSignatureVerifier.Verify(altered).Status);
    }

    [Fact]
    public void TryVerify_SmallElmo_LeftToTheFullCheck()
    {
        using var key = RSA.Create(2048);

        Assert.Null(LiftedElmoSignature.TryVerify(new MemoryStream(Sign(Elmo("aGVsbG8="), key, SignedXml.XmlDsigExcC14NTransformUrl))));
    }

    private static string Elmo(string base64) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><elmo xmlns="{EwpNamespaces.ElmoV1}" xmlns:x="urn:x" xml:lang="en">"""
        + "\n  <!-- a comment the whole-document reference leaves out -->\n"
        + """  <learner x:a="1"><givenNames>Jan</givenNames><familyName>de Boer &amp; co &gt;</familyName></learner>"""
        + $"\n  <attachment><type>Transcript of Records</type><content>data:application/pdf;base64,{base64}&amp;&#xD;&lt;</content></attachment>\r\n</elmo>";

    private static byte[] Sign(string xml, RSA key, string canonicalization)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(xml);
        var signed = new SignedXml(document) { SigningKey = key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signed.SignedInfo.CanonicalizationMethod = canonicalization;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(canonicalization == SignedXml.XmlDsigExcC14NTransformUrl ? new XmlDsigExcC14NTransform() : new XmlDsigC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new RSAKeyValue(key));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signed.GetXml(), deep: true));
        using var output = new MemoryStream();
        document.Save(output);
        return output.ToArray();
    }

    private static byte[] Pdf(int bytes)
    {
        var pdf = new byte[bytes];
        new Random(5).NextBytes(pdf);
        return pdf;
    }
}
