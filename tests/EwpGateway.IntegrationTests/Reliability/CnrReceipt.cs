using EwpGateway.Infrastructure.Persistence;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// One object id a simulated partner received in a CNR from the gateway and acknowledged: a validly signed request
/// answered 200 with no fault that the gateway could have seen as a failure (only a short delay is such a fault).
/// </summary>
internal sealed record CnrReceipt(string Partner, OutboxKind Kind, string Id, DateTimeOffset At, string? KeyId)
{
    public string Key => OutboxKey(Partner, Kind, Id);

    public static string OutboxKey(string partner, OutboxKind kind, string id) => $"{partner}|{kind}|{id}";

    /// <summary>Every acknowledged CNR id in the partners' request logs, in the order received.</summary>
    public static List<CnrReceipt> Of(IEnumerable<SimulatedPartner> partners) =>
        [.. partners.SelectMany(p => p.Requests.Snapshot()
            .Where(r => r.Status == 200 && r.SignatureValid && r.Fault is null or SimFaultKind.Latency)
            .SelectMany(r => KindOf(r.Endpoint) is { } kind
                ? r.Parameters.GetValueOrDefault(kind is OutboxKind.IiaCnr or OutboxKind.IiaApprovalCnr ? "iia_id" : "omobility_id", [])
                    .Select(id => new CnrReceipt(p.HeiId, kind, id, r.At, r.KeyId))
                : []))
            .OrderBy(r => r.At)];

    private static OutboxKind? KindOf(SimEndpoint endpoint) => endpoint switch
    {
        SimEndpoint.IiaCnr => OutboxKind.IiaCnr,
        SimEndpoint.IiaApprovalCnr => OutboxKind.IiaApprovalCnr,
        SimEndpoint.OmobilityCnr => OutboxKind.OmobilityCnr,
        SimEndpoint.TorCnr => OutboxKind.TorCnr,
        _ => null,
    };
}
