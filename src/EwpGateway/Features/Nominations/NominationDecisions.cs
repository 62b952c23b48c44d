using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Nominations;

/// <summary>The receiving HEI's decisions on our outgoing nominations (Outgoing Mobilities v3 <c>update</c>).</summary>
internal sealed partial class NominationStore
{
    private static readonly NominationStatus[] s_decidable = [NominationStatus.Nominated, NominationStatus.Accepted, NominationStatus.Rejected];

    /// <summary>
    /// Records that the receiving HEI approved (or rejected, with <paramref name="comment"/>) the proposal
    /// <paramref name="proposalId"/> of our outgoing nomination <paramref name="id"/>: status, history entry and
    /// change-log row in one transaction. A receiving HEI may change its mind, so an accepted nomination can still be
    /// rejected and the other way round; a cancelled or running one cannot be decided on any more.
    /// </summary>
    /// <exception cref="StaleProposalException">The proposal id is not the nomination's current one.</exception>
    /// <exception cref="InvalidStateTransitionException">The nomination is not ours, or no longer open for a decision.</exception>
    /// <exception cref="AggregateNotFoundException">There is no such nomination.</exception>
    public Task<Nomination> DecideProposalAsync(string id, string proposalId, bool approve, string? comment, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(id);
        ArgumentNullException.ThrowIfNull(proposalId);
        var to = approve ? NominationStatus.Accepted : NominationStatus.Rejected;
        return writer.UpdateAsync<Nomination>(id, null, (existing, write) =>
        {
            // Checked inside the write transaction, so a concurrent edit of the nomination cannot slip in between.
            var current = OmobilityProposal.IdOf(existing);
            if (!string.Equals(current, proposalId, StringComparison.Ordinal))
            {
                throw new StaleProposalException(id, proposalId, current);
            }

            if (existing.Direction != NominationDirection.Outgoing || !s_decidable.Contains(existing.Status))
            {
                throw new InvalidStateTransitionException(
                    $"Nomination '{id}' is {existing.Direction} and {existing.Status}; the receiving HEI cannot make it {to}.");
            }

            existing.Status = to;
            existing.DecisionComment = comment;
            existing.StatusHistory.Add(new NominationStatusChange { Status = to, ChangedAt = write.Now, Comment = comment });
        }, _ => [], ct);
    }
}
