using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Iias;

/// <summary>Partners' copies of agreements, stored from what their IIAs API returned (no CNR is ever queued for them).</summary>
internal sealed partial class AgreementStore
{
    /// <summary>
    /// Stores <paramref name="copy"/> (its provenance names the partner and its id): created, replaced when its payload
    /// or comparison changed or it was withdrawn (one change-log row), or only marked seen when nothing changed.
    /// Our approvals of earlier versions are kept.
    /// </summary>
    /// <remarks>
    /// The stored copy is looked up inside the write transaction, under the writer's lock: two fetches of the same new
    /// object at once (the CNR inbox and reconciliation, or two instances) then store it once, the second one finding
    /// the first one's copy. Looked up before the transaction, both found none and both created one.
    /// </remarks>
    public Task<(Agreement Copy, bool Changed)> SavePartnerCopyAsync(Agreement copy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(copy);
        _ = copy.Provenance.PartnerHeiId ?? throw new ArgumentException("A partner copy names its partner.", nameof(copy));
        _ = copy.Provenance.PartnerObjectId ?? throw new ArgumentException("A partner copy names its id.", nameof(copy));
        copy.Id = "";
        return Writer.WriteAsync(async (write, token) =>
        {
            var (stored, outcome) = await PartnerCopyWrite.UpsertAsync(write, copy, null, (_, _) => { }, MergePartnerCopy, token);
            return (stored, outcome != PartnerCopyOutcome.Unchanged);
        }, ct);
    }

    /// <summary>
    /// Stores every one of <paramref name="copies"/> (all of one partner) as <see cref="SavePartnerCopyAsync"/> does one,
    /// all in ONE transaction: the batch is stored whole or not at all.
    /// </summary>
    /// <returns>Per copy, in order, the stored copy and whether it changed.</returns>
    public Task<IReadOnlyList<(Agreement Copy, bool Changed)>> SavePartnerCopiesAsync(IReadOnlyList<Agreement> copies, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(copies);
        foreach (var copy in copies)
        {
            _ = copy.Provenance.PartnerHeiId ?? throw new ArgumentException("A partner copy names its partner.", nameof(copies));
            _ = copy.Provenance.PartnerObjectId ?? throw new ArgumentException("A partner copy names its id.", nameof(copies));
            copy.Id = "";
        }

        return copies.Count == 0 ? Task.FromResult<IReadOnlyList<(Agreement, bool)>>([]) : Writer.WriteAsync(async (write, token) =>
        {
            var stored = await PartnerCopyWrite.UpsertManyAsync(write, copies, (_, _) => { }, MergePartnerCopy, token);
            return (IReadOnlyList<(Agreement, bool)>)[.. stored.Select(s => (s.Stored, s.Outcome != PartnerCopyOutcome.Unchanged))];
        }, ct);
    }

    /// <summary>Marks withdrawn (one change-log row each) the copies of <paramref name="partnerHeiId"/> with these ids that are not withdrawn yet.</summary>
    public Task<int> WithdrawPartnerCopiesAsync(string partnerHeiId, IReadOnlyCollection<string> partnerIds, CancellationToken ct)
    {
        var ids = partnerIds.Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? Task.FromResult(0) : WithdrawAsync(partnerHeiId, q => q.Where(a => ids.Contains(a.Provenance.PartnerObjectId!)), ct);
    }

    /// <summary>Marks withdrawn the copies of <paramref name="partnerHeiId"/> whose ids are not in <paramref name="listedIds"/>.</summary>
    public Task<int> WithdrawPartnerCopiesExceptAsync(string partnerHeiId, IReadOnlyCollection<string> listedIds, CancellationToken ct)
    {
        var ids = listedIds.Distinct(StringComparer.Ordinal).ToList();

        // One collection parameter, not one SQL parameter per id: a partner listing 50,000 IIAs went over SQLite's limit.
        return WithdrawAsync(partnerHeiId, q => q.Where(a => !EF.Parameter(ids).Contains(a.Provenance.PartnerObjectId!)), ct);
    }

    /// <summary>The copy of <paramref name="partnerHeiId"/> whose id there is <paramref name="partnerIiaId"/>.</summary>
    public async Task<Agreement?> FindPartnerCopyAsync(string partnerHeiId, string partnerIiaId, CancellationToken ct)
    {
        await using var db = Writer.Factory.CreateDbContext();
        return await db.Agreements.AsNoTracking().AsAggregate()
            .Where(a => a.Provenance.Source == ProvenanceSource.Partner && a.Provenance.PartnerHeiId == partnerHeiId && a.Provenance.PartnerObjectId == partnerIiaId)
            .OrderBy(a => a.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Our own agreement matching a partner's copy: the one whose entry for <paramref name="partnerHeiId"/> carries the
    /// partner's <paramref name="partnerIiaId"/>, else the one whose id the copy gives for us (<paramref name="ourIdInCopy"/>).
    /// </summary>
    public async Task<Agreement?> FindLocalCopyAsync(string partnerHeiId, string partnerIiaId, string? ourIdInCopy, CancellationToken ct)
    {
        await using var db = Writer.Factory.CreateDbContext();
        var local = db.Agreements.AsNoTracking().AsAggregate().Where(a => a.Provenance.Source == ProvenanceSource.Local);
        var mapped = await local
            .Where(a => a.Partners.Any(p => p.HeiId == partnerHeiId && p.IiaId == partnerIiaId))
            .OrderBy(a => a.Id).FirstOrDefaultAsync(ct);
        return mapped ?? (ourIdInCopy is null ? null : await local.SingleOrDefaultAsync(a => a.Id == ourIdInCopy, ct));
    }

    /// <summary>
    /// <see cref="FindLocalCopyAsync"/> for a batch of the partner's copies, with two queries: per partner id in
    /// <paramref name="wanted"/>, our agreement (absent when none matches).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Agreement>> FindLocalCopiesAsync(
        string partnerHeiId, IReadOnlyCollection<(string PartnerIiaId, string? OurIdInCopy)> wanted, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var found = new Dictionary<string, Agreement>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return found;
        }

        await using var db = Writer.Factory.CreateDbContext();

        // Our own agreements name no partner in their provenance (Provenance.PartnerHeiId is for partner objects only):
        // found through the provenance index, the partners' copies are not read. Without it every batch read every
        // stored agreement, and reconciling N agreements took time in N squared.
        var local = db.Agreements.AsNoTracking().AsAggregate()
            .Where(a => a.Provenance.PartnerHeiId == null && a.Provenance.Source == ProvenanceSource.Local);
        var theirIds = wanted.Select(w => w.PartnerIiaId).Distinct(StringComparer.Ordinal).ToList();
        var mapped = await local
            .Where(a => a.Partners.Any(p => p.HeiId == partnerHeiId && theirIds.Contains(p.IiaId!)))
            .OrderBy(a => a.Id).ToListAsync(ct);
        foreach (var agreement in mapped)
        {
            // Ordered by id: the first agreement naming a partner id is the one FindLocalCopyAsync would return.
            foreach (var entry in agreement.Partners.Where(p => p.HeiId == partnerHeiId && p.IiaId is not null))
            {
                found.TryAdd(entry.IiaId!, agreement);
            }
        }

        var byOurId = wanted.Where(w => !found.ContainsKey(w.PartnerIiaId) && w.OurIdInCopy is not null).ToList();
        if (byOurId.Count > 0)
        {
            var ourIds = byOurId.Select(w => w.OurIdInCopy!).Distinct(StringComparer.Ordinal).ToList();
            var ours = (await local.Where(a => ourIds.Contains(a.Id)).ToListAsync(ct)).ToDictionary(a => a.Id, StringComparer.Ordinal);
            foreach (var (theirId, ourId) in byOurId)
            {
                if (ours.TryGetValue(ourId!, out var agreement))
                {
                    found.TryAdd(theirId, agreement);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// Applies the partner's <paramref name="incoming"/> copy to the stored one; false (only the comparison time moves,
    /// no version, no change-log row) when its payload and comparison are the same and it was not withdrawn.
    /// </summary>
    private static bool MergePartnerCopy(Agreement existing, Agreement incoming, AggregateWrite write)
    {
        if (existing.Provenance.WithdrawnAt is null && existing.HashMismatch == incoming.HashMismatch
            && existing.Provenance.RawPayload is { } raw && incoming.Provenance.RawPayload is { } received && raw.AsSpan().SequenceEqual(received))
        {
            existing.HashComparedAt = incoming.HashComparedAt ?? existing.HashComparedAt;
            return false;
        }

        ReplaceWith(existing, incoming);
        return true;
    }

    private Task<int> WithdrawAsync(string partnerHeiId, Func<IQueryable<Agreement>, IQueryable<Agreement>> filter, CancellationToken ct) =>
        Writer.WriteAsync(async (write, token) =>
        {
            var copies = await filter(write.Db.Agreements.Where(a => a.Provenance.Source == ProvenanceSource.Partner
                    && a.Provenance.PartnerHeiId == partnerHeiId && a.Provenance.WithdrawnAt == null))
                .ToListAsync(token);
            foreach (var copy in copies)
            {
                copy.Version++;
                copy.Provenance.WithdrawnAt = write.Now;
                copy.Provenance.LastModified = write.Now;
                write.Changed(copy, ChangeOperation.Updated);
            }

            return copies.Count;
        }, ct);

    private static void ReplaceWith(Agreement existing, Agreement copy)
    {
        existing.InEffect = copy.InEffect;
        existing.TerminatedAsAWhole = copy.TerminatedAsAWhole;
        existing.IiaHash = copy.IiaHash;
        existing.HashMismatch = copy.HashMismatch;
        existing.HashComparedAt = copy.HashComparedAt;
        existing.PdfFileId = copy.PdfFileId;
        OwnedCollection.Replace(existing.Partners, copy.Partners);
        OwnedCollection.Replace(existing.CooperationConditions, copy.CooperationConditions);
        OwnedCollection.Replace(existing.Contacts, copy.Contacts);
        existing.Provenance.EwpVersion = copy.Provenance.EwpVersion;
        existing.Provenance.RawPayload = copy.Provenance.RawPayload;
        existing.Provenance.WithdrawnAt = null;
    }
}
