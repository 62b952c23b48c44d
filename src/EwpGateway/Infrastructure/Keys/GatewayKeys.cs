using System.Security.Cryptography;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Keys;

/// <summary>The gateway's client key (signs requests) and server key (signs responses), loaded once at start.</summary>
internal sealed class GatewayKeys
{
    public GatewayKeys(IOptions<KeyOptions> options, IHostEnvironment environment)
    {
        Client = Load("Ewp:Keys:ClientKeyPath", options.Value.ClientKeyPath, environment);
        Server = Load("Ewp:Keys:ServerKeyPath", options.Value.ServerKeyPath, environment);
    }

    /// <summary>Signs the requests we send to partners.</summary>
    public GatewayKey Client { get; }

    /// <summary>Signs the responses we serve.</summary>
    public GatewayKey Server { get; }

    private static GatewayKey Load(string settingName, string configuredPath, IHostEnvironment environment)
    {
        var path = ContentPaths.ResolveExistingFile(configuredPath, environment);
        if (path is null)
        {
            throw new InvalidOperationException(
                $"{settingName}: the key file '{configuredPath}' does not exist (relative paths are resolved against '{environment.ContentRootPath}').");
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{settingName}: '{configuredPath}' is not a PEM RSA private key ({ex.Message}).", ex);
        }

        if (rsa.KeySize < 2048)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{settingName}: '{configuredPath}' holds a {rsa.KeySize}-bit key; EWP needs at least 2048 bits.");
        }

        try
        {
            // A public-only PEM imports too, but cannot sign: refuse it at start rather than at the first request.
            rsa.ExportRSAPrivateKey();
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{settingName}: '{configuredPath}' holds no private key.", ex);
        }

        return new GatewayKey(rsa, KeyFingerprint.Compute(rsa), rsa.ExportSubjectPublicKeyInfo());
    }
}
