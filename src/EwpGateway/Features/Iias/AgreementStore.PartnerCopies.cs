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
    public async Task<(Agreement Copy, bool Changed)> SavePartnerCopyAsync(Agreement copy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(copy);
        var hei = copy.Provenance.PartnerHeiId ?? throw new ArgumentException("A partner copy names its partner.", nameof(copy));
        var theirId = copy.Provenance.PartnerObjectId ?? throw new ArgumentException("A partner copy names its id.", nameof(copy));
        for (var attempt = 1; ; attempt++)
        {
            var existing = await FindPartnerCopyAsync(hei, theirId, ct);
            try
            {
                if (existing is null)
                {
                    // The copy itself is what was stored (id and version set by the writer): no need to read it back.
                    copy.Id = "";
                    await Writer.CreateAsync(copy, null, Notices, ct);
                    return (copy, true);
                }

                if (existing.Provenance.WithdrawnAt is null && existing.HashMismatch == copy.HashMismatch
                    && existing.Provenance.RawPayload is { } raw && copy.Provenance.RawPayload is { } received && raw.AsSpan().SequenceEqual(received))
                {
                    await MarkSeenAsync(existing.Id, copy.HashComparedAt, ct);
                    return (existing, false);
                }

                var updated = await Writer.UpdateAsync<Agreement>(existing.Id, existing.Version, (e, _) => ReplaceWith(e, copy), Notices, ct);
                return (updated, true);
            }
            catch (Exception ex) when (attempt < 3 && ex is ConcurrencyConflictException or DbUpdateException)
            {
                // Another fetch of the same object won the race: compare with what it stored.
            }
        }
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
        return WithdrawAsync(partnerHeiId, q => q.Where(a => !ids.Contains(a.Provenance.PartnerObjectId!)), ct);
    }

    /// <summary>The copy of <paramref name="partnerHeiId"/> whose id there is <paramref name="partnerIiaId"/>.</summary>
    public async Task<Agreement?> FindPartnerCopyAsync(string partnerHeiId, string partnerIiaId, CancellationToken ct)
    {
        await using var db = Writer.Factory.CreateDbContext();
        return await db.Agreements.AsNoTracking().AsSplitQuery()
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
        var local = db.Agreements.AsNoTracking().AsSplitQuery().Where(a => a.Provenance.Source == ProvenanceSource.Local);
        var mapped = await local
            .Where(a => a.Partners.Any(p => p.HeiId == partnerHeiId && p.IiaId == partnerIiaId))
            .OrderBy(a => a.Id).FirstOrDefaultAsync(ct);
        return mapped ?? (ourIdInCopy is null ? null : await local.SingleOrDefaultAsync(a => a.Id == ourIdInCopy, ct));
    }

    // Not a change of the agreement: no version, no change-log row (the writer appends those only for changes).
    private Task MarkSeenAsync(string id, DateTimeOffset? comparedAt, CancellationToken ct) =>
        Writer.WriteAsync(async (write, token) =>
        {
            var agreement = await write.Db.Agreements.SingleAsync(a => a.Id == id, token);
            agreement.Provenance.LastSeen = write.Now;
            agreement.HashComparedAt = comparedAt ?? agreement.HashComparedAt;
            return await write.Db.SaveChangesAsync(token);
        }, ct);

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
