using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Xml;
using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Signs ELMO documents with the key of <see cref="TorsOptions.ElmoSigningKeyPath"/> (loaded once at start, checked
/// like the gateway keys): an enveloped XML signature, RSA-SHA256 over exclusive C14N, with the public key in
/// <c>KeyInfo</c>. Exclusive C14N keeps the signature valid once the ELMO element is cut out of the ToRs response.
/// </summary>
internal sealed class ElmoSigner : IDisposable
{
    private const string SettingName = "Ewp:Tors:ElmoSigningKeyPath";
    private readonly RSA? _key;

    public ElmoSigner(IOptions<TorsOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.ElmoSigningKeyPath is { Length: > 0 } path)
        {
            _key = Load(path, environment);
        }
    }

    /// <summary>Whether a signing key is configured.</summary>
    public bool Enabled => _key is not null;

    /// <summary>Appends the signature of the whole document as the last child of its root (ELMO's <c>ds:Signature</c> slot).</summary>
    public void Sign(XmlDocument elmo)
    {
        ArgumentNullException.ThrowIfNull(elmo);
        if (_key is null)
        {
            throw new InvalidOperationException($"{SettingName} is not configured.");
        }

        var signed = new SignedXml(elmo) { SigningKey = _key };
        signed.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        signed.SignedInfo.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        var reference = new Reference("") { DigestMethod = SignedXml.XmlDsigSHA256Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        reference.AddTransform(new XmlDsigExcC14NTransform());
        signed.AddReference(reference);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new RSAKeyValue(_key));
        signed.KeyInfo = keyInfo;
        signed.ComputeSignature();
        elmo.DocumentElement!.AppendChild(elmo.ImportNode(signed.GetXml(), deep: true));
    }

    public void Dispose() => _key?.Dispose();

    private static RSA Load(string configuredPath, IHostEnvironment environment)
    {
        var path = ContentPaths.ResolveExistingFile(configuredPath, environment) ?? throw new InvalidOperationException(
            $"{SettingName}: the key file '{configuredPath}' does not exist (relative paths are resolved against '{environment.ContentRootPath}').");
        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
            if (rsa.KeySize < 2048)
            {
                throw new InvalidOperationException($"{SettingName}: '{configuredPath}' holds a {rsa.KeySize}-bit key; at least 2048 bits are needed.");
            }

            // A public-only PEM imports too, but cannot sign: refuse it at start rather than at the first request.
            rsa.ExportRSAPrivateKey();
            return rsa;
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{SettingName}: '{configuredPath}' is not a PEM RSA private key ({ex.Message}).", ex);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }
}
