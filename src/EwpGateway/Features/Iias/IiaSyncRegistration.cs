using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EwpGateway.Features.Iias;

/// <summary>Registers what pulls partners' IIAs and approvals (driven by the sync engine, <c>AddSync</c>).</summary>
internal static class IiaSyncRegistration
{
    /// <summary>
    /// Adds <see cref="PartnerIiaSource"/> and <see cref="PartnerIiaApprovalSource"/> as scoped <see cref="IPartnerObjectSource"/>s (their typed
    /// HTTP clients are short-lived),
    /// the approval flow and its option <c>Ewp:Sync:AutoApprove</c>. The partner clients come from <c>AddEwpPartnerClients</c>.
    /// </summary>
    public static IServiceCollection AddIiaSync(this IServiceCollection services)
    {
        services.AddOptions<IiaSyncOptions>().BindConfiguration(IiaSyncOptions.SectionName);
        services.AddEwpSchemas();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<PayloadIssueRecorder>();
        services.TryAddSingleton<PartnerResponseReader>();
        services.TryAddSingleton<PartnerIiaApproval>();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPartnerObjectSource, PartnerIiaSource>());
        services.TryAddEnumerable(ServiceDescriptor.Scoped<IPartnerObjectSource, PartnerIiaApprovalSource>());
        return services;
    }
}
