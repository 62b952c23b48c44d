using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Iias;

/// <summary>The IIA CNR v3 and IIA Approval CNR v2 receivers: partners tell us their agreements or approvals changed.</summary>
internal static class IiaCnrReceivers
{
    private const string Gh = "https://github.com/erasmus-without-paper/";

    /// <summary>IIA CNR v3: <c>iia_id</c> is the notifier's own id of the changed, created or deleted IIA.</summary>
    public static readonly CnrDefinition IiaCnr = new(
        "ewp/iia-cnr", InboxKind.IiaCnr, "iia_id", MaxIds: 100,
        "iia-cnr-response", Gh + "ewp-specs-api-iia-cnr/tree/stable-v3",
        Gh + "ewp-specs-api-iia-cnr/blob/stable-v3/manifest-entry.xsd", "iia-cnr", "3.0.0", AnnounceMaxIds: false);

    /// <summary>IIA Approval CNR v2: <c>iia_id</c> is OUR id of the agreement the partner approved.</summary>
    public static readonly CnrDefinition IiaApprovalCnr = new(
        "ewp/iia-approval-cnr", InboxKind.IiaApprovalCnr, "iia_id", MaxIds: 100,
        "iia-approval-cnr-response", Gh + "ewp-specs-api-iia-approval-cnr/tree/stable-v2",
        Gh + "ewp-specs-api-iia-approval-cnr/blob/stable-v2/manifest-entry.xsd", "iia-approval-cnr", "2.0.0", AnnounceMaxIds: false);

    public static IServiceCollection AddIiaCnrReceivers(this IServiceCollection services) =>
        services.AddCnrReceiver(IiaCnr).AddCnrReceiver(IiaApprovalCnr);

    public static IEndpointRouteBuilder MapIiaCnrReceivers(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapCnrReceiver(IiaCnr).MapCnrReceiver(IiaApprovalCnr);
}
