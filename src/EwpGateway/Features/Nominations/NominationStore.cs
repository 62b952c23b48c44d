using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// Reads and writes nominations with their status history. Our outgoing nominations notify the receiving HEI
/// (omobility CNR) once submitted (a <see cref="NominationStatus.Draft"/> stays between us and our mobility system);
/// our decisions on incoming ones notify the sending HEI (imobility CNR).
/// </summary>
internal sealed partial class NominationStore(AggregateWriter writer)
{
    /// <summary>
    /// Stores a new nomination with its status (<see cref="NominationStatus.Nominated"/> unless given: the sync stores
    /// partners' nominations as they come, a draft is created with <see cref="NominationStatus.Draft"/>) and its first
    /// history entry. The CNR is queued unless it is a draft.
    /// </summary>
    public async Task<Nomination> CreateAsync(Nomination nomination, string? idempotencyKey, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        var id = await writer.CreateAsync(nomination, idempotencyKey, n =>
        {
            if (n.StatusHistory.Count == 0)
            {
                n.StatusHistory.Add(new NominationStatusChange { Status = n.Status, ChangedAt = n.Provenance.FirstSeen });
            }

            return Notices(n);
        }, ct);
        return await GetAsync(id, ct) ?? throw AggregateNotFoundException.For(nameof(Nomination), id);
    }

    /// <summary>Replaces the nomination's details (not its status, which changes only through the dedicated methods).</summary>
    public Task<Nomination> UpdateAsync(Nomination nomination, long expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        return writer.UpdateAsync<Nomination>(nomination.Id, expectedVersion, (existing, _) =>
        {
            CopyDetails(existing, nomination);
            ProvenanceCopy.From(existing.Provenance, nomination.Provenance);
        }, Notices, ct);
    }

    /// <summary>Sends our draft to the receiving HEI: it becomes <see cref="NominationStatus.Nominated"/> and its CNR is queued.</summary>
    public Task<Nomination> SubmitAsync(string id, long? expectedVersion, CancellationToken ct) =>
        ChangeStatusAsync(id, NominationDirection.Outgoing, [NominationStatus.Draft], NominationStatus.Nominated, null, expectedVersion, ct);

    /// <summary>The sending HEI withdraws an outgoing nomination.</summary>
    public Task<Nomination> CancelAsync(string id, string? comment, long? expectedVersion, CancellationToken ct) =>
        ChangeStatusAsync(id, NominationDirection.Outgoing, [NominationStatus.Nominated, NominationStatus.Accepted], NominationStatus.Cancelled, comment, expectedVersion, ct);

    /// <summary>We (the receiving HEI) accept an incoming nomination.</summary>
    public Task<Nomination> AcceptAsync(string id, string? comment, long? expectedVersion, CancellationToken ct) =>
        ChangeStatusAsync(id, NominationDirection.Incoming, [NominationStatus.Nominated], NominationStatus.Accepted, comment, expectedVersion, ct);

    /// <summary>We (the receiving HEI) reject an incoming nomination; the comment says why.</summary>
    public Task<Nomination> RejectAsync(string id, string? comment, long? expectedVersion, CancellationToken ct) =>
        ChangeStatusAsync(id, NominationDirection.Incoming, [NominationStatus.Nominated], NominationStatus.Rejected, comment, expectedVersion, ct);

    public async Task<Nomination?> GetAsync(string id, CancellationToken ct)
    {
        await using var db = writer.Factory.CreateDbContext();
        return await db.Nominations.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct);
    }

    /// <summary>The nomination EWP knows by <paramref name="omobilityId"/>: the partner's id of an incoming one, our id of an outgoing one.</summary>
    public async Task<Nomination?> FindByOmobilityIdAsync(string omobilityId, CancellationToken ct)
    {
        await using var db = writer.Factory.CreateDbContext();
        return await db.Nominations.AsNoTracking()
            .Where(n => (n.Direction == NominationDirection.Incoming && n.Provenance.PartnerObjectId == omobilityId) || n.Id == omobilityId)
            .OrderBy(n => n.Id == omobilityId ? 1 : 0)
            .FirstOrDefaultAsync(ct);
    }

    public async Task<Page<Nomination>> ListAsync(NominationFilter filter, int pageSize, string? pageToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var after = PageToken.Decode(pageToken);
        var size = PageToken.ClampPageSize(pageSize);
        await using var db = writer.Factory.CreateDbContext();
        var query = db.Nominations.AsNoTracking();
        if (filter.Direction is { } direction)
        {
            query = query.Where(n => n.Direction == direction);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(n => n.Status == status);
        }

        if (filter.PartnerHeiId is { } partner)
        {
            query = query.Where(n => n.SendingHeiId == partner || n.ReceivingHeiId == partner);
        }

        if (filter.ReceivingAcademicYearId is { } year)
        {
            query = query.Where(n => n.ReceivingAcademicYearId == year);
        }

        if (after is not null)
        {
            query = query.Where(n => string.Compare(n.Id, after) > 0);
        }

        var items = await query.OrderBy(n => n.Id).Take(size + 1).AsAggregate().ToListAsync(ct);
        return PageToken.PageOf(items, size);
    }

    private Task<Nomination> ChangeStatusAsync(
        string id, NominationDirection direction, NominationStatus[] from, NominationStatus to, string? comment, long? expectedVersion, CancellationToken ct) =>
        writer.UpdateAsync<Nomination>(id, expectedVersion, (existing, write) =>
        {
            if (existing.Direction != direction || !from.Contains(existing.Status))
            {
                throw new InvalidStateTransitionException(
                    $"Nomination '{id}' is {existing.Direction} and {existing.Status}; it cannot become {to}.");
            }

            existing.Status = to;
            if (to is NominationStatus.Accepted or NominationStatus.Rejected)
            {
                existing.DecisionComment = comment;
            }

            existing.StatusHistory.Add(new NominationStatusChange { Status = to, ChangedAt = write.Now, Comment = comment });
        }, n => n.Direction == NominationDirection.Incoming ? [new OutboxNotice(n.SendingHeiId, OutboxKind.OmobilityUpdate)] : Notices(n), ct);

    /// <summary>
    /// Our own submitted outgoing nominations notify the receiving HEI; drafts nobody; incoming ones only when we decide
    /// (see <see cref="ChangeStatusAsync"/>).
    /// </summary>
    private static IEnumerable<OutboxNotice> Notices(Nomination nomination) =>
        nomination.Provenance.Source == ProvenanceSource.Local && nomination.Direction == NominationDirection.Outgoing
            && nomination.Status != NominationStatus.Draft
            ? [new OutboxNotice(nomination.ReceivingHeiId, OutboxKind.OmobilityCnr)]
            : [];
}
