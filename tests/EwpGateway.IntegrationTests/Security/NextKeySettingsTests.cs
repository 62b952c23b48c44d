using EwpGateway.Infrastructure.Keys;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// The keys being rolled in (<c>Ewp:Keys:NextClientKeyPath</c>, <c>NextServerKeyPath</c>) are checked at start like the
/// keys in use, except that a public key is enough; naming the key in use again is a configuration mistake.
/// </summary>
public sealed class NextKeySettingsTests : IDisposable
{
    private readonly TestNetwork _network = new();

    public void Dispose() => _network.Dispose();

    [Fact]
    public void GatewayKeys_NextKeyPublicOnly_PublishedAfterTheKeyInUse()
    {
        var next = new TestKey();
        var path = Write("next.pem", next.Rsa.ExportSubjectPublicKeyInfoPem());

        var keys = Load(client: path);

        Assert.Equal([_network.GatewayClient.KeyId, next.KeyId], keys.PublishedClientKeys.Select(k => k.KeyId));
        Assert.Equal([_network.GatewayServer.KeyId], keys.PublishedServerKeys.Select(k => k.KeyId));
        Assert.Equal(_network.GatewayClient.KeyId, keys.Client.KeyId);
    }

    [Fact]
    public void GatewayKeys_NextKeyIsTheKeyInUse_ConfigurationErrorNamingTheSetting()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Load(server: _network.GatewayServerKeyPath));

        Assert.StartsWith("Ewp:Keys:NextServerKeyPath", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.pem", null)]
    [InlineData("short.pem", "short")]
    [InlineData("garbage.pem", "not a key")]
    public void GatewayKeys_NextKeyUnusable_ConfigurationErrorNamingTheSetting(string file, string? content)
    {
        var path = Path.Combine(_network.Folder, file);
        if (content == "short")
        {
            using var weak = System.Security.Cryptography.RSA.Create(1024);
            File.WriteAllText(path, weak.ExportSubjectPublicKeyInfoPem());
        }
        else if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        var error = Assert.Throws<InvalidOperationException>(() => Load(client: path));

        Assert.StartsWith("Ewp:Keys:NextClientKeyPath", error.Message, StringComparison.Ordinal);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_network.Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private GatewayKeys Load(string? client = null, string? server = null) => new(
        Options.Create(new KeyOptions
        {
            ClientKeyPath = _network.GatewayClientKeyPath,
            ServerKeyPath = _network.GatewayServerKeyPath,
            NextClientKeyPath = client,
            NextServerKeyPath = server,
        }),
        new Environment(_network.Folder));

    private sealed class Environment(string root) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "EwpGateway";

        public string ContentRootPath { get; set; } = root;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
