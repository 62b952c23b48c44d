using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>Registers the communication log: options, the queue, the batch writer, and the inbound middleware.</summary>
internal static class ExchangeLogRegistration
{
    /// <summary>What the partner clients need to record their calls (the queue and its options).</summary>
    public static IServiceCollection AddExchangeRecorder(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ExchangeLogOptions>().BindConfiguration(ExchangeLogOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ExchangeLogOptions>, ExchangeLogOptionsValidator>());
        services.TryAddSingleton<ExchangeRecorder>();
        services.TryAddTransient<OutboundExchangeHandler>();
        return services;
    }

    /// <summary>The recorder plus the writer that stores what it queues.</summary>
    public static IServiceCollection AddExchangeLog(this IServiceCollection services)
    {
        services.AddExchangeRecorder();
        services.TryAddSingleton<ExchangeLogWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<ExchangeLogWriter>());
        return services;
    }

    /// <summary>Records inbound EWP requests; outermost in the EWP pipeline so it sees the final, signed response.</summary>
    public static IApplicationBuilder UseExchangeLog(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/ewp"), ewp => ewp.UseMiddleware<InboundExchangeMiddleware>());
}
