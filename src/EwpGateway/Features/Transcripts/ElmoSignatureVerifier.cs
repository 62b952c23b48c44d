using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Checks the enveloped XML signature of a partner's ELMO document (as <see cref="ElmoSigner"/> makes ours): one
/// <c>ds:Signature</c> child of the root, one reference to the whole document (<c>URI=""</c>), verified with the key
/// in its <c>KeyInfo</c>. That proves the document was not altered since it was signed; who signed it is told by the
/// key's fingerprint in the detail (ToRs v2 names no trust anchor for ELMO keys).
/// </summary>
internal static class ElmoSignatureVerifier
{
    private const string UnsignedDetail = "The ELMO document carries no XML signature.";

    /// <summary>
    /// As <see cref="Verify(byte[])"/>, with the document already read: one without any signature is
    /// <see cref="ElmoSignatureStatus.Unsigned"/> at once, without reading its bytes again (an ELMO with a PDF
    /// attachment weighs megabytes).
    /// </summary>
    public static (ElmoSignatureStatus Status, string Detail) Verify(XElement elmo, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(elmo);
        return elmo.DescendantsAndSelf(XName.Get("Signature", EwpNamespaces.XmlDsig)).Any()
            ? Verify(bytes)
            : (ElmoSignatureStatus.Unsigned, UnsignedDetail);
    }

    /// <summary>As <see cref="Verify(XElement, byte[])"/>, the document's bytes read from <paramref name="bytes"/> (a
    /// temporary file; left at its start).</summary>
    public static (ElmoSignatureStatus Status, string Detail) Verify(XElement elmo, Stream bytes)
    {
        ArgumentNullException.ThrowIfNull(elmo);
        ArgumentNullException.ThrowIfNull(bytes);
        if (!elmo.DescendantsAndSelf(XName.Get("Signature", EwpNamespaces.XmlDsig)).Any())
        {
            return (ElmoSignatureStatus.Unsigned, UnsignedDetail);
        }

        bytes.Position = 0;
        try
        {
            // A document with a large attachment is first checked without being loaded whole; only what that check
            // cannot call valid is loaded as a whole DOM, whose answer is authoritative.
            if (LiftedElmoSignature.TryVerify(bytes) is { } valid)
            {
                return (ElmoSignatureStatus.Valid, valid);
            }

            bytes.Position = 0;
            return Verify(bytes);
        }
        finally
        {
            bytes.Position = 0;
        }
    }

    public static (ElmoSignatureStatus Status, string Detail) Verify(byte[] elmo)
    {
        ArgumentNullException.ThrowIfNull(elmo);
        using var stream = new MemoryStream(elmo, writable: false);
        return Verify(stream);
    }

    private static (ElmoSignatureStatus Status, string Detail) Verify(Stream elmo)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            // The document was read once already within the partner answer's limits; its characters are at most its
            // bytes (the default cap would refuse an ELMO carrying a PDF of more than 12 MB as unreadable).
            using var reader = XmlReader.Create(elmo, HardenedXml.CreateReaderSettings(Math.Max(HardenedXml.DefaultMaxCharacters, elmo.Length - elmo.Position)));
            document.Load(reader);
        }
        catch (XmlException ex)
        {
            return (ElmoSignatureStatus.Invalid, "The ELMO document cannot be read: " + ex.Message);
        }

        var all = document.GetElementsByTagName("Signature", EwpNamespaces.XmlDsig).Cast<XmlElement>().ToList();
        if (all.Count == 0)
        {
            return (ElmoSignatureStatus.Unsigned, UnsignedDetail);
        }

        var enveloped = all.Where(s => s.ParentNode == document.DocumentElement).ToList();
        if (all.Count > 1 || enveloped.Count != 1)
        {
            return (ElmoSignatureStatus.Invalid, "Expected exactly one enveloped signature as a child of <elmo>, found "
                + $"{all.Count} signature(s), {enveloped.Count} of them under <elmo>.");
        }

        var signed = new SignedXml(document);
        try
        {
            signed.LoadXml(enveloped[0]);
            var references = signed.SignedInfo?.References.OfType<Reference>().ToList() ?? [];
            if (references.Count != 1 || references[0].Uri != "")
            {
                return (ElmoSignatureStatus.Invalid, "The signature does not sign the whole document (one reference with URI=\"\" expected).");
            }

            if (!signed.CheckSignatureReturningKey(out var key) || key is null)
            {
                return (ElmoSignatureStatus.Invalid, key is null && !HasKey(signed)
                    ? "The signature's KeyInfo holds no public key to check it with."
                    : "The signature does not verify: the document was altered after signing, or the signature is malformed.");
            }

            return (ElmoSignatureStatus.Valid, ValidDetail(signed.SignatureMethod ?? "", key));
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            // SignedXml reads base64 values (SignatureValue, DigestValue, key parts) with Convert: bad ones are a FormatException.
            return (ElmoSignatureStatus.Invalid, "The signature cannot be checked: " + ex.Message);
        }
    }

    /// <summary>What a valid outcome says: the signature method and the fingerprint of the key that checked it.</summary>
    public static string ValidDetail(string signatureMethod, AsymmetricAlgorithm key) =>
        $"Signature ({signatureMethod}) verifies with the key in KeyInfo, SHA-256 of its public key {Fingerprint(key)}.";

    private static bool HasKey(SignedXml signed) =>
        signed.KeyInfo?.OfType<KeyInfoClause>().Any(c => c is RSAKeyValue or KeyInfoX509Data) == true;

    private static string Fingerprint(AsymmetricAlgorithm key) =>
        Convert.ToHexStringLower(SHA256.HashData(key.ExportSubjectPublicKeyInfo()));
}
