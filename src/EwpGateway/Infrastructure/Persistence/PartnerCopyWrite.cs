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

        var existing = await copies.AsAggregate().FirstOrDefaultAsync(ct);
        var (stored, outcome) = Apply(write, existing, incoming, onCreate, merge);
        if (outcome == PartnerCopyOutcome.Unchanged)
        {
            // No change-log row: the writer saves nothing by itself, so the last-seen time is saved here.
            await write.Db.SaveChangesAsync(ct);
        }

        return (stored, outcome);
    }

    /// <summary>
    /// Stores every one of <paramref name="incoming"/> (all copies of one partner) as <see cref="UpsertAsync{T}"/> does
    /// one, in the same transaction: the stored copies are loaded with one query and saved with one
    /// <c>SaveChanges</c>. The same partner id twice is stored once, the later one merged into the earlier one.
    /// </summary>
    /// <returns>Per incoming copy, in order, the stored copy and what storing it did.</returns>
    public static async Task<IReadOnlyList<(T Stored, PartnerCopyOutcome Outcome)>> UpsertManyAsync<T>(
        AggregateWrite write, IReadOnlyList<T> incoming, Action<T, AggregateWrite> onCreate, Func<T, T, AggregateWrite, bool> merge, CancellationToken ct)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(onCreate);
        ArgumentNullException.ThrowIfNull(merge);
        if (incoming.Count == 0)
        {
            return [];
        }

        var partner = incoming[0].Provenance.PartnerHeiId ?? throw new ArgumentException("A partner copy names its partner HEI.", nameof(incoming));
        var objectIds = incoming.Select(c => c.Provenance.PartnerObjectId
            ?? throw new ArgumentException("A partner copy names the partner's id.", nameof(incoming))).Distinct(StringComparer.Ordinal).ToList();
        if (incoming.Any(c => c.Provenance.PartnerHeiId != partner))
        {
            throw new ArgumentException("The copies of one batch are of one partner.", nameof(incoming));
        }

        // The first copy per id, as UpsertAsync finds it (duplicates of one id are not expected, but one is enough).
        var found = await CopiesOf<T>(write, partner).Where(a => objectIds.Contains(a.Provenance.PartnerObjectId!))
            .AsAggregate().ToListAsync(ct);
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var copy in found)
        {
            byId.TryAdd(copy.Provenance.PartnerObjectId!, copy);
        }

        // New copies are inserted without EF's tracking (AggregateInsert), unless one id comes twice: then the second
        // is merged into the first one, which EF inserts as it ends up.
        var untracked = objectIds.Count == incoming.Count && AggregateInsert.Supports<T>(write.Db);
        var created = new List<T>();
        var results = new List<(T Stored, PartnerCopyOutcome Outcome)>(incoming.Count);
        foreach (var copy in incoming)
        {
            var id = copy.Provenance.PartnerObjectId!;
            var existing = byId.GetValueOrDefault(id);
            if (existing is null && untracked)
            {
                Create(write, copy, onCreate);
                created.Add(copy);
                results.Add((copy, PartnerCopyOutcome.Created));
                continue;
            }

            var result = Apply(write, existing, copy, onCreate, merge);
            byId[id] = result.Stored;
            results.Add(result);
        }

        await AggregateInsert.InsertAsync(write, created, ct);
        if (write.Changes.Count == 0)
        {
            // Only last-seen times moved: the writer saves nothing by itself without a change-log row.
            await write.Db.SaveChangesAsync(ct);
        }
        else if (results.All(r => r.Outcome == PartnerCopyOutcome.Created))
        {
            // Only new copies, each added whole (nothing of a tracked one changed since): saving them needs no scan of
            // every tracked row for changes, which took half the time of storing a batch of new agreements.
            write.Db.ChangeTracker.AutoDetectChangesEnabled = false;
        }

        return results;
    }

    private static (T Stored, PartnerCopyOutcome Outcome) Apply<T>(
        AggregateWrite write, T? existing, T incoming, Action<T, AggregateWrite> onCreate, Func<T, T, AggregateWrite, bool> merge)
        where T : AggregateRoot
    {
        if (existing is null)
        {
            Create(write, incoming, onCreate);
            write.Db.Add(incoming);
            return (incoming, PartnerCopyOutcome.Created);
        }

        var cameBack = existing.Provenance.WithdrawnAt is not null;
        var changed = merge(existing, incoming, write) | cameBack;
        existing.Provenance.LastSeen = write.Now;
        if (!changed)
        {
            return (existing, PartnerCopyOutcome.Unchanged);
        }

        ProvenanceCopy.From(existing.Provenance, incoming.Provenance);
        existing.Provenance.Source = ProvenanceSource.Partner;
        existing.Provenance.WithdrawnAt = null;
        existing.Provenance.LastModified = write.Now;
        existing.Version++;
        var entry = write.Db.Entry(existing);
        if (entry.State != EntityState.Added)
        {
            // Not when the same id came twice in one batch and the first one created it: it is inserted as it ends up.
            entry.State = EntityState.Modified;
        }

        write.Changed(existing, ChangeOperation.Updated);
        return (existing, PartnerCopyOutcome.Updated);
    }

    /// <summary>Makes <paramref name="incoming"/> a new copy (fresh id, version 1, first seen now) with its change-log row; not added to the context.</summary>
    private static void Create<T>(AggregateWrite write, T incoming, Action<T, AggregateWrite> onCreate)
        where T : AggregateRoot
    {
        incoming.Id = string.IsNullOrEmpty(incoming.Id) ? Guid.NewGuid().ToString() : incoming.Id;
        incoming.Version = 1;
        incoming.Provenance.Source = ProvenanceSource.Partner;
        incoming.Provenance.FirstSeen = write.Now;
        incoming.Provenance.LastSeen = write.Now;
        incoming.Provenance.LastModified = write.Now;
        incoming.Provenance.WithdrawnAt = null;
        onCreate(incoming, write);
        write.Changed(incoming, ChangeOperation.Created);
    }

    /// <summary>Marks withdrawn (kept, one change-log row each) the <paramref name="candidates"/> not withdrawn yet.</summary>
    /// <returns>The partner ids newly marked.</returns>
    public static async Task<IReadOnlyList<string>> WithdrawAsync<T>(AggregateWrite write, IQueryable<T> candidates, CancellationToken ct)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(write);
        var withdrawn = new List<string>();
        foreach (var copy in await candidates.Where(a => a.Provenance.WithdrawnAt == null).AsAggregate().ToListAsync(ct))
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
