using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Registry;

/// <summary>Registers the registry catalogue feature.</summary>
internal static class RegistryServiceCollectionExtensions
{
    /// <summary>
    /// Adds the catalogue store (<see cref="IRegistryCatalogueProvider"/>), its start-up load and refresh worker,
    /// the <c>registry</c> health check (tag <c>ready</c>), and the registry-backed
    /// <see cref="IClientKeyResolver"/> and <see cref="IServerKeyResolver"/>. Options from <c>Ewp:Registry</c>.
    /// </summary>
    public static IServiceCollection AddRegistry(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RegistryOptions>().Bind(configuration.GetSection(RegistryOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RegistryOptions>, RegistryOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddEwpSchemas();

        services.AddHttpClient(RegistryFetcher.HttpClientName, (sp, client) =>
        {
            client.Timeout = sp.GetRequiredService<IOptions<RegistryOptions>>().Value.Timeout;
            client.MaxResponseContentBufferSize = RegistryFetcher.MaxBytes;
        });

        services.TryAddSingleton<RegistryFetcher>();
        services.TryAddSingleton<RegistryCatalogueParser>();
        services.TryAddSingleton<RegistryCatalogueStore>();
        services.TryAddSingleton<IRegistryCatalogueProvider>(sp => sp.GetRequiredService<RegistryCatalogueStore>());
        services.AddHostedService<RegistryRefreshWorker>();

        services.TryAddSingleton<IClientKeyResolver, RegistryClientKeyResolver>();
        services.TryAddSingleton<IServerKeyResolver, RegistryServerKeyResolver>();
        services.TryAddSingleton<IClientCertificateResolver, RegistryClientCertificateResolver>();

        services.AddHealthChecks().AddCheck<RegistryHealthCheck>(RegistryHealthCheck.Name, tags: ["ready"]);
        return services;
    }
}
