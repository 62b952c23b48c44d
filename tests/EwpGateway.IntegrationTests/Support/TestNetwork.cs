using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>
/// A small EWP network for tests: the gateway's own keys, the EWP validator's client and server keys
/// (its client key covers the two validator HEIs), a key nobody registered, and a registry catalogue file
/// that binds them, all in a temporary folder.
/// </summary>
internal sealed class TestNetwork : IDisposable
{
    public const string GatewayHeiId = "inp-toulouse.fr";
    public static readonly string[] ValidatorHeiIds =
    [
        "validator-hei01.developers.erasmuswithoutpaper.eu",
        "validator-hei02.developers.erasmuswithoutpaper.eu",
    ];

    /// <summary>A HEI in the catalogue that is partner of no agreement of the sample data.</summary>
    public const string StrangerHeiId = "stranger.example.org";

    public TestNetwork(X509Certificate2? validatorClientCertificate = null)
    {
        Folder = Directory.CreateTempSubdirectory("ewp-gateway-tests-").FullName;
        ValidatorClientCertificate = validatorClientCertificate;
        GatewayClientKeyPath = Write("gateway-client-key.pem", GatewayClient.PrivateKeyPem);
        GatewayServerKeyPath = Write("gateway-server-key.pem", GatewayServer.PrivateKeyPem);
        CatalogueXml = BuildCatalogue();
        CataloguePath = Write("catalogue.xml", CatalogueXml);
    }

    public string Folder { get; }

    public TestKey GatewayClient { get; } = new();

    public TestKey GatewayServer { get; } = new();

    public TestKey ValidatorClient { get; } = new();

    public TestKey ValidatorServer { get; } = new();

    public TestKey Unregistered { get; } = new();

    /// <summary>A registered client key of a host covering only <see cref="StrangerHeiId"/>, partner of nothing.</summary>
    public TestKey StrangerClient { get; } = new();

    public X509Certificate2? ValidatorClientCertificate { get; }

    public string GatewayClientKeyPath { get; }

    public string GatewayServerKeyPath { get; }

    public string CataloguePath { get; }

    public string CatalogueXml { get; }

    /// <summary>Configuration the gateway is started with, exactly as operators pass it.</summary>
    public Dictionary<string, string?> GatewaySettings(string? registryUrl = null) => new()
    {
        ["Ewp:HeiId"] = GatewayHeiId,
        ["Ewp:Registry:Url"] = registryUrl ?? CataloguePath,
        ["Ewp:Registry:CachePath"] = Path.Combine(Folder, "registry-cache.xml"),
        ["Ewp:Keys:ClientKeyPath"] = GatewayClientKeyPath,
        ["Ewp:Keys:ServerKeyPath"] = GatewayServerKeyPath,
        ["ConnectionStrings:Gateway"] = $"Data Source={Path.Combine(Folder, "gateway.db")}",

        // Tests drive the sync and outbox classes themselves; background workers would change state behind them.
        ["Ewp:Sync:Enabled"] = "false",
        ["Ewp:Outbox:Enabled"] = "false",
    };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a stopping server: the OS cleans the temp folder later.
        }
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private string BuildCatalogue()
    {
        var certificate = ValidatorClientCertificate is null
            ? ""
            : $"<certificate sha-256=\"{Convert.ToHexStringLower(ValidatorClientCertificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256))}\"/>";
        var sb = new StringBuilder();
        sb.Append($"""
            <?xml version="1.0" encoding="UTF-8"?>
            <catalogue xmlns="https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1"
                xmlns:ewp="https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd">
              <host>
                <ewp:admin-email>admin@inp-toulouse.fr</ewp:admin-email>
                <institutions-covered><hei-id>{GatewayHeiId}</hei-id></institutions-covered>
                <client-credentials-in-use><rsa-public-key sha-256="{GatewayClient.KeyId}"/></client-credentials-in-use>
                <server-credentials-in-use><rsa-public-key sha-256="{GatewayServer.KeyId}"/></server-credentials-in-use>
              </host>
              <host>
                <ewp:admin-email>admin@developers.erasmuswithoutpaper.eu</ewp:admin-email>
                <institutions-covered><hei-id>{ValidatorHeiIds[0]}</hei-id><hei-id>{ValidatorHeiIds[1]}</hei-id></institutions-covered>
                <client-credentials-in-use>{certificate}<rsa-public-key sha-256="{ValidatorClient.KeyId}"/></client-credentials-in-use>
                <server-credentials-in-use><rsa-public-key sha-256="{ValidatorServer.KeyId}"/></server-credentials-in-use>
              </host>
              <host>
                <ewp:admin-email>admin@stranger.example.org</ewp:admin-email>
                <institutions-covered><hei-id>{StrangerHeiId}</hei-id></institutions-covered>
                <client-credentials-in-use><rsa-public-key sha-256="{StrangerClient.KeyId}"/></client-credentials-in-use>
              </host>
              <institutions>
                <hei id="{GatewayHeiId}"><name xml:lang="en">Toulouse INP</name></hei>
                <hei id="{ValidatorHeiIds[0]}"><name xml:lang="en">Validator HEI 01</name></hei>
                <hei id="{ValidatorHeiIds[1]}"><name xml:lang="en">Validator HEI 02</name></hei>
                <hei id="{StrangerHeiId}"><name xml:lang="en">Stranger University</name></hei>
              </institutions>
              <binaries>

            """);
        foreach (var key in new[] { GatewayClient, GatewayServer, ValidatorClient, ValidatorServer, StrangerClient })
        {
            sb.Append($"    <rsa-public-key sha-256=\"{key.KeyId}\">{Convert.ToBase64String(key.PublicKeyDer)}</rsa-public-key>\n");
        }

        sb.Append("  </binaries>\n</catalogue>\n");
        return sb.ToString();
    }
}
