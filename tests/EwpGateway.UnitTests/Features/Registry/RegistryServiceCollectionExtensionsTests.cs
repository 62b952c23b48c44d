using EwpGateway.Features.Registry;
using EwpGateway.HttpSignatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EwpGateway.UnitTests.Features.Registry;

public sealed class RegistryServiceCollectionExtensionsTests
{
    [Fact]
    public void AddRegistry_Resolvers_AreRegistryBacked()
    {
        using var services = new RegistryTestServices("catalogue.xml");

        Assert.IsType<RegistryClientKeyResolver>(services.Provider.GetRequiredService<IClientKeyResolver>());
        Assert.IsType<RegistryServerKeyResolver>(services.Provider.GetRequiredService<IServerKeyResolver>());
        Assert.Same(services.Store, services.Provider.GetRequiredService<IRegistryCatalogueProvider>());
    }

    [Fact]
    public void AddRegistry_Defaults_BoundFromSection()
    {
        using var services = new RegistryTestServices("https://registry.example/catalogue-v1.xml");

        var options = services.Provider.GetRequiredService<IOptions<RegistryOptions>>().Value;

        Assert.Equal(TimeSpan.FromMinutes(15), options.RefreshInterval);
        Assert.Equal("data/registry-catalogue.xml", options.CachePath);
        Assert.True(options.IsHttp);
    }

    [Fact]
    public void AddRegistry_RefreshIntervalTooShort_FailsValidation()
    {
        using var services = new RegistryTestServices("catalogue.xml", new Dictionary<string, string?> { ["Ewp:Registry:RefreshInterval"] = "00:00:10" });

        Assert.Throws<OptionsValidationException>(() => services.Provider.GetRequiredService<IOptions<RegistryOptions>>().Value);
    }
}
