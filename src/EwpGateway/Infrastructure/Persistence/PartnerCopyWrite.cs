using System.Linq.Expressions;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Storing partners' copies inside an <see cref="AggregateWriter"/> transaction: found again by the partner's HEI and
/// own id, one change-log row per real change (created, changed, withdrawn, back again), none when the partner sent
/// the same content again (then only <see cref="Provenance.LastSeen"/> moves). Partner data never queues an outbox row.
/// </summary>
internal static class PartnerCopyWrite
{
    /// <summary>The partner copies of <paramref name="partnerHeiId"/> (rows whose source is a partner).</summary>
    public static IQueryable<T> CopiesOf<T>(AggregateWrite write, string partnerHeiId)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(write);
        return write.Db.Set<T>().Where(a => a.Provenance.Source == ProvenanceSource.Partner && a.Provenance.PartnerHeiId == partnerHeiId);
    }

    /// <summary>
    /// Stores <paramref name="incoming"/> (its <see cref="Provenance"/> names the partner and its id). A new one gets a
    /// fresh local id and version 1 after <paramref name="onCreate"/>; an existing one is passed with the incoming one
    /// to <paramref name="merge"/>, which applies the partner's fields and says whether anything changed.
    /// </summary>
    public static async Task<(T Stored, PartnerCopyOutcome Outcome)> UpsertAsync<T>(
        AggregateWrite write, T incoming, Expression<Func<T, bool>>? scope, Action<T, AggregateWrite> onCreate,
        Func<T, T, AggregateWrite, bool> merge, CancellationToken ct)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(onCreate);
        ArgumentNullException.ThrowIfNull(merge);
        var partner = incoming.Provenance.PartnerHeiId ?? throw new ArgumentException("A partner copy names its partner HEI.", nameof(incoming));
        var objectId = incoming.Provenance.PartnerObjectId ?? throw new ArgumentException("A partner copy names the partner's id.", nameof(incoming));
        var copies = CopiesOf<T>(write, partner).Where(a => a.Provenance.PartnerObjectId == objectId);
        if (scope is not null)
        {
            copies = copies.Where(scope);
        }

        var existing = await copies.AsSplitQuery().FirstOrDefaultAsync(ct);
        if (existing is null)
        {
            incoming.Id = string.IsNullOrEmpty(incoming.Id) ? Guid.NewGuid().ToString() : incoming.Id;
            incoming.Version = 1;
            incoming.Provenance.Source = ProvenanceSource.Partner;
            incoming.Provenance.FirstSeen = write.Now;
            incoming.Provenance.LastSeen = write.Now;
            incoming.Provenance.LastModified = write.Now;
            incoming.Provenance.WithdrawnAt = null;
            onCreate(incoming, write);
            write.Db.Add(incoming);
            write.Changed(incoming, ChangeOperation.Created);
            return (incoming, PartnerCopyOutcome.Created);
        }

        var cameBack = existing.Provenance.WithdrawnAt is not null;
        var changed = merge(existing, incoming, write) | cameBack;
        existing.Provenance.LastSeen = write.Now;
        if (!changed)
        {
            // No change-log row: the writer saves nothing by itself, so the last-seen time is saved here.
            await write.Db.SaveChangesAsync(ct);
            return (existing, PartnerCopyOutcome.Unchanged);
        }

        ProvenanceCopy.From(existing.Provenance, incoming.Provenance);
        existing.Provenance.Source = ProvenanceSource.Partner;
        existing.Provenance.WithdrawnAt = null;
        existing.Provenance.LastModified = write.Now;
        existing.Version++;
        write.Db.Entry(existing).State = EntityState.Modified;
        write.Changed(existing, ChangeOperation.Updated);
        return (existing, PartnerCopyOutcome.Updated);
    }

    /// <summary>Marks withdrawn (kept, one change-log row each) the <paramref name="candidates"/> not withdrawn yet.</summary>
    /// <returns>The partner ids newly marked.</returns>
    public static async Task<IReadOnlyList<string>> WithdrawAsync<T>(AggregateWrite write, IQueryable<T> candidates, CancellationToken ct)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(write);
        var withdrawn = new List<string>();
        foreach (var copy in await candidates.Where(a => a.Provenance.WithdrawnAt == null).AsSplitQuery().ToListAsync(ct))
        {
            copy.Provenance.WithdrawnAt = write.Now;
            copy.Provenance.LastModified = write.Now;
            copy.Version++;
            write.Changed(copy, ChangeOperation.Updated);
            withdrawn.Add(copy.Provenance.PartnerObjectId ?? "");
        }

        return withdrawn;
    }
}
