using EwpGateway.Features.Registry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.UnitTests.Features.Registry;

/// <summary>The registry feature as <c>AddRegistry</c> wires it, on a temporary content root and fake time.</summary>
internal sealed class RegistryTestServices : IDisposable
{
    public RegistryTestServices(string url, IDictionary<string, string?>? extra = null)
    {
        ContentRoot = Path.Combine(Path.GetTempPath(), "ewp-registry-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(ContentRoot);
        var settings = new Dictionary<string, string?> { ["Ewp:Registry:Url"] = url };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = ContentRoot, EnvironmentName = "Test" });
        services.AddRegistry(configuration);
        Provider = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public string ContentRoot { get; }

    public ServiceProvider Provider { get; }

    public RegistryCatalogueStore Store => Provider.GetRequiredService<RegistryCatalogueStore>();

    public string CachePath => Path.Combine(ContentRoot, "data", "registry-catalogue.xml");

    public void Dispose()
    {
        Provider.Dispose();
        Directory.Delete(ContentRoot, recursive: true);
    }
}
