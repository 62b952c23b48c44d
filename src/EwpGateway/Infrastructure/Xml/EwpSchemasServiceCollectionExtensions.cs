using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EwpGateway.Infrastructure.Xml;

/// <summary>Registers the shared schema provider.</summary>
internal static class EwpSchemasServiceCollectionExtensions
{
    /// <summary>Adds <see cref="EwpSchemas.Default"/> as a singleton (idempotent).</summary>
    public static IServiceCollection AddEwpSchemas(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => EwpSchemas.Default);
        return services;
    }
}
