using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Features.Sync;

/// <summary>Posts one CNR (one or more object ids of one kind) to a partner through its registered Refit client.</summary>
internal sealed class OutboxCnrSender(
    PartnerApiResolver resolver,
    IIiaCnrV3Client iiaCnr,
    IIiaApprovalCnrV2Client iiaApprovalCnr,
    IOmobilityCnrV2Client omobilityCnr,
    IImobilityTorCnrV2Client torCnr)
{
    /// <summary>
    /// The partner's CNR endpoint for <paramref name="kind"/> and how many ids one request may carry: the partner's
    /// <c>max-omobility-ids</c> for OMobility and ToR CNRs (1 when not stated), 1 for the IIA CNRs, whose
    /// <c>iia_id</c> is not repeatable.
    /// </summary>
    /// <exception cref="PartnerApiNotImplementedException">The partner implements no version of the CNR API we call.</exception>
    public (Uri Url, int MaxIds) Resolve(string partnerHeiId, OutboxKind kind)
    {
        var endpoint = resolver.Resolve(partnerHeiId, ApiOf(kind));
        var max = kind is OutboxKind.OmobilityCnr or OutboxKind.TorCnr ? endpoint.GetLimit("max-omobility-ids") ?? 1 : 1;
        return (endpoint.GetUrl("url"), max);
    }

    /// <summary>
    /// Sends <paramref name="wireIds"/> (at most the partner's max) as the API's id parameter. IIA CNR v3 and IIA
    /// Approval CNR v2 take <c>iia_id</c> only, OMobility CNR v2 and ToR CNR v2 <c>omobility_id</c> only (their hei
    /// parameters were dropped: the notifier is known from the signature).
    /// </summary>
    public async Task<PartnerDelivery> SendAsync(Uri url, OutboxKind kind, IReadOnlyList<string> wireIds, CancellationToken ct)
    {
        var parameter = kind is OutboxKind.IiaCnr or OutboxKind.IiaApprovalCnr ? "iia_id" : "omobility_id";
        using var form = new FormUrlEncodedContent(wireIds.Select(id => new KeyValuePair<string, string>(parameter, id)));
        try
        {
            using var response = kind switch
            {
                OutboxKind.IiaCnr => await iiaCnr.NotifyAsync(url, form, ct),
                OutboxKind.IiaApprovalCnr => await iiaApprovalCnr.NotifyAsync(url, form, ct),
                OutboxKind.OmobilityCnr => await omobilityCnr.NotifyAsync(url, form, ct),
                OutboxKind.TorCnr => await torCnr.NotifyAsync(url, form, ct),
                _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a change notification."),
            };
            return await PartnerDeliveryClassifier.FromResponseAsync(response, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested && PartnerDeliveryClassifier.FromException(ex) is { } delivery)
        {
            return delivery;
        }
    }

    private static PartnerApi ApiOf(OutboxKind kind) => kind switch
    {
        OutboxKind.IiaCnr => PartnerApi.IiaCnr,
        OutboxKind.IiaApprovalCnr => PartnerApi.IiaApprovalCnr,
        OutboxKind.OmobilityCnr => PartnerApi.OmobilityCnr,
        OutboxKind.TorCnr => PartnerApi.ImobilityTorCnr,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a change notification."),
    };
}
