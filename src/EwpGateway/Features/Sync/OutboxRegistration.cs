using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>Registers delivery of the outbox: our CNRs and our decisions on incoming nominations.</summary>
internal static class OutboxRegistration
{
    /// <summary>
    /// Options of section <c>Ewp:Outbox</c> (validated at start; <c>InstanceId</c> defaults to machine name, process
    /// id and a random suffix), the dispatcher and its parts, <see cref="OutboxQueries"/> and the worker. Needs
    /// persistence and the partner clients (<c>AddEwpPartnerClients</c>); uses the nominations feature's
    /// <c>IOmobilityUpdateSender</c> when registered.
    /// </summary>
    public static IServiceCollection AddOutboxDelivery(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.SectionName)
            .PostConfigure(o =>
            {
                if (string.IsNullOrWhiteSpace(o.InstanceId))
                {
                    o.InstanceId = DefaultInstanceId();
                }
            })
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, OutboxOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new OutboxBackoff(sp.GetRequiredService<IOptions<OutboxOptions>>(), new Random()));
        services.TryAddSingleton<OutboxLeaser>();
        services.TryAddSingleton<OutboxWireIds>();
        services.TryAddSingleton<OutboxCnrSender>();
        services.TryAddSingleton<OutboxRecorder>();
        services.TryAddSingleton<OutboxDispatcher>();
        services.TryAddSingleton<OutboxQueries>();
        services.AddHostedService<OutboxWorker>();
        return services;
    }

    private static string DefaultInstanceId()
    {
        var id = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid():N}";
        return id.Length <= 100 ? id : id[^100..];
    }
}
