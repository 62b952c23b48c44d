using System.Security.Cryptography;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Keys;

/// <summary>
/// The gateway's client key (signs requests) and server key (signs responses), loaded once at start, and the keys being
/// rolled in to replace them (published in the manifest beside them, see <see cref="KeyOptions.NextClientKeyPath"/>).
/// </summary>
internal sealed class GatewayKeys
{
    public GatewayKeys(IOptions<KeyOptions> options, IHostEnvironment environment)
    {
        Client = Load("Ewp:Keys:ClientKeyPath", options.Value.ClientKeyPath, environment, signs: true);
        Server = Load("Ewp:Keys:ServerKeyPath", options.Value.ServerKeyPath, environment, signs: true);
        NextClient = LoadNext("Ewp:Keys:NextClientKeyPath", options.Value.NextClientKeyPath, Client, environment);
        NextServer = LoadNext("Ewp:Keys:NextServerKeyPath", options.Value.NextServerKeyPath, Server, environment);
    }

    /// <summary>Signs the requests we send to partners.</summary>
    public GatewayKey Client { get; }

    /// <summary>Signs the responses we serve.</summary>
    public GatewayKey Server { get; }

    /// <summary>The client key being rolled in (published, not used), or null.</summary>
    public GatewayKey? NextClient { get; }

    /// <summary>The server key being rolled in (published, not used), or null.</summary>
    public GatewayKey? NextServer { get; }

    /// <summary>The client keys the manifest publishes: the current one, then the next one.</summary>
    public IReadOnlyList<GatewayKey> PublishedClientKeys => NextClient is null ? [Client] : [Client, NextClient];

    /// <summary>The server keys the manifest publishes: the current one, then the next one.</summary>
    public IReadOnlyList<GatewayKey> PublishedServerKeys => NextServer is null ? [Server] : [Server, NextServer];

    private static GatewayKey? LoadNext(string settingName, string? configuredPath, GatewayKey current, IHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(configuredPath))
        {
            return null;
        }

        var next = Load(settingName, configuredPath, environment, signs: false);
        return next.KeyId != current.KeyId
            ? next
            : throw new InvalidOperationException($"{settingName}: '{configuredPath}' is the key in use already; it must be the one that replaces it.");
    }

    private static GatewayKey Load(string settingName, string configuredPath, IHostEnvironment environment, bool signs)
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
            throw new InvalidOperationException($"{settingName}: '{configuredPath}' is not a PEM RSA {(signs ? "private " : "")}key ({ex.Message}).", ex);
        }

        if (rsa.KeySize < 2048)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{settingName}: '{configuredPath}' holds a {rsa.KeySize}-bit key; EWP needs at least 2048 bits.");
        }

        try
        {
            // A public-only PEM imports too, but cannot sign: refuse it at start rather than at the first request.
            if (signs)
            {
                rsa.ExportRSAPrivateKey();
            }
        }
        catch (CryptographicException ex)
        {
            rsa.Dispose();
            throw new InvalidOperationException($"{settingName}: '{configuredPath}' holds no private key.", ex);
        }

        return new GatewayKey(rsa, KeyFingerprint.Compute(rsa), rsa.ExportSubjectPublicKeyInfo());
    }
}
