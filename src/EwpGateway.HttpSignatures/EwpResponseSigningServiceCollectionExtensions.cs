using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.HttpSignatures;

/// <summary>Registers the services of response signing (srvauth-httpsig).</summary>
public static class EwpResponseSigningServiceCollectionExtensions
{
    /// <summary>
    /// Registers the options of <see cref="EwpResponseSigningApplicationBuilderExtensions.UseEwpResponseSigning"/>.
    /// The host must also register an <see cref="IResponseSigningKey"/>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddEwpResponseSigning(this IServiceCollection services, Action<EwpResponseSigningOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var builder = services.AddOptions<EwpResponseSigningOptions>()
            .Validate(o => o.MemoryThreshold > 0, "EwpResponseSigningOptions.MemoryThreshold must be positive.")
            .ValidateOnStart();
        if (configure is not null)
        {
            builder.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<EwpResponseSigningOptions>, TimeProviderPostConfigure>());
        return services;
    }

    private sealed class TimeProviderPostConfigure(IServiceProvider services) : IPostConfigureOptions<EwpResponseSigningOptions>
    {
        public void PostConfigure(string? name, EwpResponseSigningOptions options) =>
            options.TimeProvider ??= services.GetService<TimeProvider>();
    }
}
