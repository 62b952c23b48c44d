using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Transcripts;

/// <summary>The IMobility ToR CNR v2 receiver: a receiving HEI tells us the transcript of one of our students changed.</summary>
internal static class TorCnrReceiver
{
    private const string Gh = "https://github.com/erasmus-without-paper/";

    /// <summary><c>omobility_id</c> (our outgoing mobility ids), at most max-omobility-ids; v2 has no hei parameter.</summary>
    public static readonly CnrDefinition Definition = new(
        "ewp/imobility-tor-cnr", InboxKind.TorCnr, "omobility_id", MaxIds: 100,
        "imobility-tor-cnr-response", Gh + "ewp-specs-api-imobility-tor-cnr/tree/stable-v2",
        Gh + "ewp-specs-api-imobility-tor-cnr/blob/stable-v2/manifest-entry.xsd", "imobility-tor-cnr", "2.0.0", AnnounceMaxIds: true);

    public static IServiceCollection AddTorCnrReceiver(this IServiceCollection services) => services.AddCnrReceiver(Definition);

    public static IEndpointRouteBuilder MapTorCnrReceiver(this IEndpointRouteBuilder endpoints) => endpoints.MapCnrReceiver(Definition);
}
