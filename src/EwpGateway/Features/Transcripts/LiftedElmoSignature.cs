using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Checks the enveloped signature of an ELMO document carrying a large attachment without the document ever being
/// whole in memory (<see cref="SignedXml"/> would hold it several times over: the DOM, its text, a second DOM, its
/// canonical form). The document is loaded with its large texts lifted into temporary files
/// (<see cref="LiftingXmlReader"/>); <c>SignedInfo</c> is canonicalised and its signature checked as
/// <see cref="SignedXml"/> does; the whole-document reference is digested from the canonical form of the small document,
/// each marker replaced on the way by its text as canonical XML escapes it, streamed from its file into the hash.
/// Only says "valid": anything else (a shape it does not handle, a digest or signature that does not match) is left to
/// the full check, whose answer is authoritative.
/// </summary>
internal static class LiftedElmoSignature
{
    private const int LiftThreshold = 32 * 1024;
    private static readonly IReadOnlySet<(string, string)> LiftedElements = new HashSet<(string, string)> { ("content", EwpNamespaces.ElmoV1) };
    private static readonly byte[] Amp = "&amp;"u8.ToArray(), Lt = "&lt;"u8.ToArray(), Gt = "&gt;"u8.ToArray(), Cr = "&#xD;"u8.ToArray();

    /// <returns>The valid outcome's detail, or null when the full check must decide.</returns>
    public static string? TryVerify(Stream elmo)
    {
        ArgumentNullException.ThrowIfNull(elmo);
        using var lifted = new LiftedTexts();
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var reader = HardenedXml.CreateReader(
                elmo, Math.Max(HardenedXml.DefaultMaxCharacters, elmo.Length - elmo.Position), wrap: r => new LiftingXmlReader(r, lifted, LiftedElements, LiftThreshold));
            document.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        var all = document.GetElementsByTagName("Signature", EwpNamespaces.XmlDsig).Cast<XmlElement>().ToList();
        if (lifted.Count == 0 || all.Count != 1 || all[0].ParentNode != document.DocumentElement)
        {
            return null;
        }

        try
        {
            var signed = new SignedXml(document);
            signed.LoadXml(all[0]);
            var references = signed.SignedInfo?.References.OfType<Reference>().ToList() ?? [];
            if (references.Count != 1 || references[0].Uri != "" || Key(signed) is not { } key || Hash(signed.SignatureMethod) is not { } hash
                || !IsCanonicalization(signed.SignedInfo!.CanonicalizationMethodObject)
                || !key.VerifyData(CanonicalSignedInfo(signed, all[0]), signed.SignatureValue!, hash, RSASignaturePadding.Pkcs1)
                || DigestOfDocument(document, references[0], lifted) is not { } digest
                || !digest.AsSpan().SequenceEqual(references[0].DigestValue))
            {
                return null;
            }

            return ElmoSignatureVerifier.ValidDetail(signed.SignatureMethod!, key);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or XmlException)
        {
            return null;
        }
    }

    /// <summary>SignedInfo as <see cref="SignedXml"/> canonicalises it: alone, with the namespace declarations and
    /// <c>xml:*</c> attributes in scope at the signature added to it.</summary>
    private static byte[] CanonicalSignedInfo(SignedXml signed, XmlElement signature)
    {
        var signedInfo = signature.GetElementsByTagName("SignedInfo", EwpNamespaces.XmlDsig).Cast<XmlElement>().First();
        var alone = Load(signedInfo.OuterXml);
        var root = alone.DocumentElement!;
        var defaultDone = false;
        for (var element = signature; element is not null; element = element.ParentNode as XmlElement)
        {
            foreach (XmlAttribute attribute in element.Attributes)
            {
                var isDefault = attribute.Prefix.Length == 0 && attribute.LocalName == "xmlns";
                if ((isDefault && defaultDone) || !(isDefault || attribute.Prefix is "xmlns" or "xml"))
                {
                    continue;
                }

                defaultDone |= isDefault;
                var existing = attribute.Prefix.Length > 0 ? root.GetAttributeNode(attribute.LocalName, attribute.NamespaceURI) : root.GetAttributeNode(attribute.Name);
                if (existing is null)
                {
                    var added = alone.CreateAttribute(attribute.Name);
                    added.Value = attribute.Value;
                    root.SetAttributeNode(added);
                }
            }
        }

        var c14n = signed.SignedInfo!.CanonicalizationMethodObject;
        c14n.LoadInput(alone);
        using var output = (Stream)c14n.GetOutput(typeof(Stream));
        using var bytes = new MemoryStream();
        output.CopyTo(bytes);
        return bytes.ToArray();
    }

    /// <summary>The digest of the whole document (comments and the signature removed, then canonicalised), the lifted
    /// texts streamed in; null for transforms other than enveloped-signature and a canonicalisation.</summary>
    private static byte[]? DigestOfDocument(XmlDocument document, Reference reference, LiftedTexts lifted)
    {
        var chain = reference.TransformChain;
        var transforms = Enumerable.Range(0, chain.Count).Select(i => chain[i]).ToList();
        if (transforms.Count is 0 or > 2 || transforms[0] is not XmlDsigEnvelopedSignatureTransform
            || (transforms.Count == 2 && !IsCanonicalization(transforms[1])) || DigestHash(reference.DigestMethod) is not { } hash)
        {
            return null;
        }

        var copy = Load(document.OuterXml);
        foreach (var node in copy.SelectNodes("//comment()")!.Cast<XmlNode>().ToList())
        {
            node.ParentNode!.RemoveChild(node);
        }

        var signature = copy.GetElementsByTagName("Signature", EwpNamespaces.XmlDsig).Cast<XmlElement>().Single();
        signature.ParentNode!.RemoveChild(signature);
        var c14n = transforms.Count == 2 ? transforms[1] : new XmlDsigC14NTransform();
        c14n.LoadInput(copy);
        using var output = (Stream)c14n.GetOutput(typeof(Stream));
        using var canonical = new MemoryStream();
        output.CopyTo(canonical);
        using var digest = IncrementalHash.CreateHash(hash);
        AppendReplacingMarkers(digest, canonical.GetBuffer().AsSpan(0, (int)canonical.Length), lifted);
        return digest.GetHashAndReset();
    }

    private static void AppendReplacingMarkers(IncrementalHash digest, ReadOnlySpan<byte> canonical, LiftedTexts lifted)
    {
        var prefix = Encoding.ASCII.GetBytes(lifted.MarkerPrefix);
        while (canonical.Length > 0)
        {
            var found = canonical.IndexOf(prefix);
            var end = found < 0 ? -1 : found + prefix.Length;
            while (end >= 0 && end < canonical.Length && char.IsAsciiDigit((char)canonical[end]))
            {
                end++;
            }

            // The longest run of digits that names a lifted text (a text may go on with digits after its marker).
            LiftedText? text = null;
            while (found >= 0 && end > found + prefix.Length && (text = lifted.Find(Encoding.ASCII.GetString(canonical[found..end]))) is null)
            {
                end--;
            }

            if (found < 0 || text is null)
            {
                digest.AppendData(canonical);
                return;
            }

            digest.AppendData(canonical[..found]);
            AppendEscaped(digest, text);
            canonical = canonical[end..];
        }
    }

    /// <summary>The text as canonical XML writes a text node: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and carriage returns escaped.</summary>
    private static void AppendEscaped(IncrementalHash digest, LiftedText text)
    {
        var buffer = new byte[4 * 32 * 1024];
        text.ReadChunks(chunk =>
        {
            var at = 0;
            foreach (var rune in chunk.EnumerateRunes())
            {
                ReadOnlySpan<byte> escaped = rune.Value switch { '&' => Amp, '<' => Lt, '>' => Gt, '\r' => Cr, _ => [] };
                if (at + 8 > buffer.Length)
                {
                    digest.AppendData(buffer.AsSpan(0, at));
                    at = 0;
                }

                if (escaped.Length > 0)
                {
                    escaped.CopyTo(buffer.AsSpan(at));
                    at += escaped.Length;
                }
                else
                {
                    at += rune.EncodeToUtf8(buffer.AsSpan(at));
                }
            }

            digest.AppendData(buffer.AsSpan(0, at));
        });
    }

    private static XmlDocument Load(string xml)
    {
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), HardenedXml.CreateReaderSettings());
        document.Load(reader);
        return document;
    }

    private static bool IsCanonicalization(Transform transform) =>
        transform is XmlDsigC14NTransform or XmlDsigExcC14NTransform;

    private static RSA? Key(SignedXml signed)
    {
        foreach (var clause in signed.KeyInfo?.OfType<KeyInfoClause>() ?? [])
        {
            switch (clause)
            {
                case RSAKeyValue value:
                    return value.Key;
                case KeyInfoX509Data data when data.Certificates?.Count > 0 && data.Certificates[0] is X509Certificate2 certificate:
                    return certificate.GetRSAPublicKey();
            }
        }

        return null;
    }

    private static HashAlgorithmName? Hash(string? signatureMethod) => signatureMethod switch
    {
        "http://www.w3.org/2000/09/xmldsig#rsa-sha1" => HashAlgorithmName.SHA1,
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256" => HashAlgorithmName.SHA256,
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha384" => HashAlgorithmName.SHA384,
        "http://www.w3.org/2001/04/xmldsig-more#rsa-sha512" => HashAlgorithmName.SHA512,
        _ => null,
    };

    private static HashAlgorithmName? DigestHash(string? digestMethod) => digestMethod switch
    {
        "http://www.w3.org/2000/09/xmldsig#sha1" => HashAlgorithmName.SHA1,
        "http://www.w3.org/2001/04/xmlenc#sha256" => HashAlgorithmName.SHA256,
        "http://www.w3.org/2001/04/xmldsig-more#sha384" => HashAlgorithmName.SHA384,
        "http://www.w3.org/2001/04/xmlenc#sha512" => HashAlgorithmName.SHA512,
        _ => null,
    };
}
