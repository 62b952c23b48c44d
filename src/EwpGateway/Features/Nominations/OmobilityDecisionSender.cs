using System.Text;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// Sends our current decision on an incoming nomination to its sending HEI: an Outgoing Mobilities v3 <c>update</c>
/// approving or rejecting (with our comment) the proposal we last read from the partner. The omobility id is the
/// partner's; the decision is read when sending, so the partner always gets the latest one.
/// </summary>
internal sealed class OmobilityDecisionSender(NominationStore store, PartnerApiResolver resolver, IOmobilitiesV3Client client) : IOmobilityUpdateSender
{
    /// <summary>Sent as the comment of a rejection made without one: the update XSD requires a comment.</summary>
    public const string NoComment = "Rejected by the receiving institution (no reason given).";

    public async Task<PartnerDelivery> SendAsync(string sendingHeiId, string nominationId, CancellationToken cancellationToken)
    {
        var nomination = await store.GetAsync(nominationId, cancellationToken);
        if (nomination is null || nomination.Direction != NominationDirection.Incoming)
        {
            return PartnerDelivery.Permanent($"There is no incoming nomination '{nominationId}' any more: no decision to send.");
        }

        if (nomination.Status is not (NominationStatus.Accepted or NominationStatus.Rejected))
        {
            return PartnerDelivery.Permanent($"Nomination '{nominationId}' is {nomination.Status}: no decision to send.");
        }

        if (string.IsNullOrEmpty(nomination.Provenance.PartnerObjectId) || string.IsNullOrEmpty(nomination.CurrentProposalId))
        {
            return PartnerDelivery.Permanent(
                $"Nomination '{nominationId}' lacks the sending HEI's omobility id or proposal id (not received from {sendingHeiId}).");
        }

        var approve = nomination.Status == NominationStatus.Accepted;
        var request = new OmobilityUpdateRequest(
            approve, nomination.Provenance.PartnerObjectId, nomination.CurrentProposalId,
            approve ? null : string.IsNullOrWhiteSpace(nomination.DecisionComment) ? NoComment : nomination.DecisionComment);
        try
        {
            var url = resolver.Resolve(sendingHeiId, PartnerApi.Omobilities).GetUrl("update-url");
            using var content = new StringContent(request.ToDocument().ToString(SaveOptions.DisableFormatting), Encoding.UTF8, "text/xml");
            using var response = await client.UpdateAsync(url, content, cancellationToken);
            return await PartnerDeliveryClassifier.FromResponseAsync(response, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && PartnerDeliveryClassifier.FromException(ex) is { } delivery)
        {
            return delivery;
        }
    }
}
