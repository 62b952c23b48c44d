using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Nominations;

/// <summary>Partners' nominations to us (incoming), stored as their sending HEI serves them.</summary>
internal sealed partial class NominationStore
{
    /// <summary>
    /// Stores the sending HEI's copy of an incoming nomination, found again by (partner HEI, partner's omobility id).
    /// The partner's fields, raw payload and proposal id (<see cref="Nomination.CurrentProposalId"/>, named by our
    /// update call) are taken over; our decision stays: an accepted or rejected nomination keeps its status and history
    /// while the partner serves the same proposal, is cancelled when the partner cancels it, and opens again
    /// (<see cref="NominationStatus.Nominated"/>) when the partner makes a new proposal, which needs a new decision.
    /// One change-log row per real change, none for the same payload again; never an outbox row.
    /// </summary>
    public Task<PartnerCopyOutcome> UpsertPartnerCopyAsync(Nomination incoming, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        incoming.Direction = NominationDirection.Incoming;
        return writer.WriteAsync(
            async (write, token) => (await PartnerCopyWrite.UpsertAsync(
                write, incoming, n => n.Direction == NominationDirection.Incoming, OnPartnerCreate, MergePartnerCopy, token)).Outcome,
            ct);
    }

    /// <summary>Marks withdrawn the partner's nominations <paramref name="partnerIds"/> (its <c>get</c> no longer returns them).</summary>
    /// <returns>The partner ids newly marked.</returns>
    public Task<IReadOnlyList<string>> WithdrawPartnerCopiesAsync(string partnerHeiId, IReadOnlyCollection<string> partnerIds, CancellationToken ct) =>
        writer.WriteAsync(
            (write, token) => PartnerCopyWrite.WithdrawAsync(
                write,
                PartnerCopyWrite.CopiesOf<Nomination>(write, partnerHeiId)
                    .Where(n => n.Direction == NominationDirection.Incoming && partnerIds.Contains(n.Provenance.PartnerObjectId!)),
                token),
            ct);

    /// <summary>After a full listing: marks withdrawn every incoming nomination of the partner the listing lacks.</summary>
    public async Task<int> WithdrawMissingPartnerCopiesAsync(string partnerHeiId, IReadOnlyCollection<string> listedIds, CancellationToken ct) =>
        (await writer.WriteAsync(
            (write, token) => PartnerCopyWrite.WithdrawAsync(
                write,
                PartnerCopyWrite.CopiesOf<Nomination>(write, partnerHeiId)
                    .Where(n => n.Direction == NominationDirection.Incoming && !EF.Parameter(listedIds).Contains(n.Provenance.PartnerObjectId!)),
                token),
            ct)).Count;

    private static void OnPartnerCreate(Nomination nomination, AggregateWrite write) =>
        nomination.StatusHistory = [new NominationStatusChange { Status = nomination.Status, ChangedAt = write.Now }];

    private static bool MergePartnerCopy(Nomination existing, Nomination incoming, AggregateWrite write)
    {
        var newProposal = !string.Equals(existing.CurrentProposalId, incoming.CurrentProposalId, StringComparison.Ordinal);
        var (status, comment) = MergedStatus(existing.Status, incoming.Status, newProposal, incoming.CurrentProposalId);
        var contentChanged = !(existing.Provenance.RawPayload ?? []).AsSpan().SequenceEqual(incoming.Provenance.RawPayload ?? []);
        if (!contentChanged && status == existing.Status)
        {
            return false;
        }

        CopyDetails(existing, incoming);
        if (status != existing.Status)
        {
            existing.Status = status;
            existing.StatusHistory.Add(new NominationStatusChange { Status = status, ChangedAt = write.Now, Comment = comment });
        }

        return true;
    }

    /// <summary>Our status after the partner served <paramref name="partner"/>, and why it changed.</summary>
    private static (NominationStatus Status, string? Comment) MergedStatus(
        NominationStatus ours, NominationStatus partner, bool newProposal, string? proposalId) => (ours, partner) switch
    {
        (NominationStatus.Cancelled, NominationStatus.Cancelled) => (ours, null),
        (_, NominationStatus.Cancelled) => (NominationStatus.Cancelled, "Cancelled by the sending HEI."),
        (NominationStatus.Accepted or NominationStatus.Rejected, NominationStatus.Nominated) when newProposal =>
            (NominationStatus.Nominated, $"New proposal {proposalId} from the sending HEI: decide again."),
        (NominationStatus.Accepted or NominationStatus.Rejected or NominationStatus.Live or NominationStatus.Recognized, _) => (ours, null),
        _ when ours == partner => (ours, null),
        _ => (partner, "Status given by the sending HEI."),
    };

    private static void CopyDetails(Nomination existing, Nomination nomination)
    {
        existing.Direction = nomination.Direction;
        existing.Student = nomination.Student;
        existing.SendingHeiId = nomination.SendingHeiId;
        existing.SendingOunitId = nomination.SendingOunitId;
        existing.ReceivingHeiId = nomination.ReceivingHeiId;
        existing.ReceivingOunitId = nomination.ReceivingOunitId;
        existing.ReceivingAcademicYearId = nomination.ReceivingAcademicYearId;
        existing.PlannedArrivalDate = nomination.PlannedArrivalDate;
        existing.PlannedDepartureDate = nomination.PlannedDepartureDate;
        existing.EqfLevel = nomination.EqfLevel;
        existing.IscedFCode = nomination.IscedFCode;
        existing.MobilityType = nomination.MobilityType;
        existing.SendingAcademicTermId = nomination.SendingAcademicTermId;
        existing.ActivityAttributes = nomination.ActivityAttributes;
        existing.IiaId = nomination.IiaId;
        existing.AgreementId = nomination.AgreementId;
        existing.CurrentProposalId = nomination.CurrentProposalId;
    }
}
