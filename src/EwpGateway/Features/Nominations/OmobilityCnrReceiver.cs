using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Nominations;

/// <summary>The OMobility CNR v2 receiver: a sending HEI tells us one of its nominations to us changed.</summary>
internal static class OmobilityCnrReceiver
{
    private const string Gh = "https://github.com/erasmus-without-paper/";

    /// <summary><c>omobility_id</c> only (v1 also had sending_hei_id), at most max-omobility-ids.</summary>
    public static readonly CnrDefinition Definition = new(
        "ewp/omobility-cnr", InboxKind.OmobilityCnr, "omobility_id", MaxIds: 100,
        "omobility-cnr-response", Gh + "ewp-specs-api-omobility-cnr/tree/stable-v2",
        Gh + "ewp-specs-api-omobility-cnr/blob/stable-v2/manifest-entry.xsd", "omobility-cnr", "2.0.0", AnnounceMaxIds: true);

    public static IServiceCollection AddOmobilityCnrReceiver(this IServiceCollection services) => services.AddCnrReceiver(Definition);

    public static IEndpointRouteBuilder MapOmobilityCnrReceiver(this IEndpointRouteBuilder endpoints) => endpoints.MapCnrReceiver(Definition);
}
