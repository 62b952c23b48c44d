using EwpGateway.Infrastructure.Partners;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>Registers the sync engine: CNR inbox processing and reconciliation of partner objects.</summary>
internal static class SyncRegistration
{
    /// <summary>
    /// Options from <c>Ewp:Sync</c> (validated at start); <see cref="InboxProcessor"/>, <see cref="Reconciler"/> and what they
    /// use; <see cref="PayloadIssueRecorder"/>; and, when <see cref="SyncOptions.Enabled"/>, the inbox and reconciliation
    /// workers. The engine drives every registered <see cref="IPartnerObjectSource"/> (features register their own).
    /// Needs persistence, the registry and the partner clients.
    /// </summary>
    public static IServiceCollection AddSync(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SyncOptions>, SyncOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChangeSignal>();
        services.TryAddSingleton<SyncInstance>();
        services.TryAddSingleton<SyncWakeup>();
        services.TryAddSingleton<SyncPartners>();
        services.TryAddSingleton<PayloadIssueRecorder>();
        services.TryAddSingleton<InboxLeases>();
        services.TryAddSingleton<SyncStateLeases>();
        services.TryAddScoped<InboxProcessor>();
        services.TryAddScoped<Reconciler>();
        services.AddHostedService<InboxWorker>();
        services.AddHostedService<ReconciliationWorker>();
        return services;
    }
}
