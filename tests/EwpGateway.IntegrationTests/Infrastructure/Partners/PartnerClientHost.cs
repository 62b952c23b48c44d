using EwpGateway.Features.Registry;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Keys;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EwpGateway.IntegrationTests.Infrastructure.Partners;

/// <summary>
/// A host with the gateway's partner clients registered exactly as the gateway does (<c>AddEwpPartnerClients</c>),
/// its client key, and a registry catalogue listing each fake partner (HEI <c>partner{i}.example.org</c>) with its
/// Echo URL and server key.
/// </summary>
internal sealed class PartnerClientHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string _folder;

    private PartnerClientHost(IHost host, string folder, TestKey clientKey)
    {
        _host = host;
        _folder = folder;
        ClientKey = clientKey;
    }

    /// <summary>The gateway's client key (signs the requests).</summary>
    public TestKey ClientKey { get; }

    public IServiceProvider Services => _host.Services;

    public static string HeiId(int index) => $"partner{index}.example.org";

    public static async Task<PartnerClientHost> StartAsync(
        IReadOnlyList<FakePartner> partners,
        IReadOnlyDictionary<string, string?> settings,
        TimeProvider? timeProvider,
        CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("ewp-partner-client-").FullName;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing", ContentRootPath = folder });
        builder.Logging.ClearProviders();
        var clientKey = new TestKey();
        var serverKey = new TestKey();
        var clientKeyPath = Path.Combine(folder, "client.pem");
        var serverKeyPath = Path.Combine(folder, "server.pem");
        await File.WriteAllTextAsync(clientKeyPath, clientKey.PrivateKeyPem, ct);
        await File.WriteAllTextAsync(serverKeyPath, serverKey.PrivateKeyPem, ct);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ewp:Keys:ClientKeyPath"] = clientKeyPath,
            ["Ewp:Keys:ServerKeyPath"] = serverKeyPath,
        });
        builder.Configuration.AddInMemoryCollection(settings);

        builder.Services.AddOptions<KeyOptions>().BindConfiguration(KeyOptions.SectionName);
        builder.Services.AddSingleton<GatewayKeys>();
        builder.Services.AddSingleton<IRegistryCatalogueProvider>(new FixedCatalogue(BuildCatalogue(partners)));
        builder.Services.AddSingleton<IServerKeyResolver, RegistryServerKeyResolver>();
        if (timeProvider is not null)
        {
            builder.Services.RemoveAll<TimeProvider>();
            builder.Services.AddSingleton(timeProvider);
        }

        builder.Services.AddEwpPartnerClients();

        var host = builder.Build();
        var result = new PartnerClientHost(host, folder, clientKey);
        try
        {
            await host.StartAsync(ct);
        }
        catch
        {
            await result.DisposeAsync();
            throw;
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync(CancellationToken.None);
        _host.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder later.
        }
    }

    private static RegistryCatalogue BuildCatalogue(IReadOnlyList<FakePartner> partners)
    {
        var hosts = partners.Select((p, i) =>
        {
            string[] heis = [HeiId(i)];
            var echo = new RegistryApiEntry(
                "echo", EwpNamespaces.EchoEntry, "2.0.1",
                new Dictionary<string, string> { ["url"] = p.EchoUrl.ToString() }, new Dictionary<string, string>(), heis);
            return new RegistryHost(heis, [echo], new HashSet<string>(), new HashSet<string>(), new HashSet<string> { p.ServerKey.KeyId });
        }).ToList();
        var keys = partners.ToDictionary(p => p.ServerKey.KeyId, p => p.ServerKey.PublicKeyDer);
        return new RegistryCatalogue(hosts, [], keys, TimeProvider.System.GetUtcNow());
    }

    private sealed class FixedCatalogue(RegistryCatalogue catalogue) : IRegistryCatalogueProvider
    {
        public RegistryCatalogue? Current => catalogue;

        public RegistryStatus Status => RegistryStatus.Initial with { HasCatalogue = true };
    }
}
