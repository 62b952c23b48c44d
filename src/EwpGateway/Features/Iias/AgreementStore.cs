using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Reads and writes agreements. Every write is one transaction with its change-log row and, for our own
/// agreements, one IIA CNR (or approval CNR) outbox row per partner.
/// </summary>
internal sealed partial class AgreementStore(AggregateWriter writer)
{
    private AggregateWriter Writer => writer;

    public async Task<Agreement> CreateAsync(Agreement agreement, string? idempotencyKey, CancellationToken ct)
    {
        var id = await writer.CreateAsync(agreement, idempotencyKey, Notices, ct);
        return await GetAsync(id, ct) ?? throw AggregateNotFoundException.For(nameof(Agreement), id);
    }

    /// <summary>Replaces the agreement's content with <paramref name="agreement"/>'s (same id).</summary>
    /// <exception cref="ConcurrencyConflictException">The stored version is not <paramref name="expectedVersion"/>.</exception>
    public Task<Agreement> UpdateAsync(Agreement agreement, long expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return writer.UpdateAsync<Agreement>(agreement.Id, expectedVersion, (existing, _) =>
        {
            existing.InEffect = agreement.InEffect;
            existing.TerminatedAsAWhole = agreement.TerminatedAsAWhole;
            existing.IiaHash = agreement.IiaHash;
            OwnedCollection.Replace(existing.Partners, agreement.Partners);
            OwnedCollection.Replace(existing.CooperationConditions, agreement.CooperationConditions);
            OwnedCollection.Replace(existing.Approvals, agreement.Approvals);
            OwnedCollection.Replace(existing.Contacts, agreement.Contacts);
            existing.PdfFileId = agreement.PdfFileId;
            existing.TerminatedAt = agreement.TerminatedAt;
            existing.TerminationReason = agreement.TerminationReason;
            ProvenanceCopy.From(existing.Provenance, agreement.Provenance);
        }, Notices, ct);
    }

    /// <summary>
    /// Records that <paramref name="heiId"/> (usually our HEI, approving a partner's copy) approved the version of
    /// the agreement whose hash is <paramref name="iiaHash"/>. When we approve, the other partners get an approval CNR.
    /// </summary>
    /// <exception cref="InvalidStateTransitionException">
    /// The agreement has not-yet-defined values, or it is a partner's copy whose current hash is not <paramref name="iiaHash"/>.
    /// </exception>
    public Task<Agreement> ApproveAsync(string id, string heiId, string iiaHash, long? expectedVersion, CancellationToken ct) =>
        ApproveAsync(id, heiId, iiaHash, expectedVersion, null, ct);

    /// <summary>
    /// As <see cref="ApproveAsync(string, string, string, long?, CancellationToken)"/>, keeping <paramref name="snapshot"/>
    /// (the exact partner bytes approved) in the same transaction.
    /// </summary>
    public Task<Agreement> ApproveAsync(string id, string heiId, string iiaHash, long? expectedVersion, PayloadSnapshot? snapshot, CancellationToken ct) =>
        writer.UpdateAsync<Agreement>(id, expectedVersion, (existing, write) =>
        {
            var undefined = IiaNotYetDefined.Find(existing);
            if (undefined.Count > 0)
            {
                throw new InvalidStateTransitionException(
                    $"Agreement '{id}' cannot be approved while it has not-yet-defined values: {string.Join("; ", undefined)}.");
            }

            // A partner's copy can only be approved in the version we hold; an older hash would approve what is gone.
            if (existing.Provenance.Source == ProvenanceSource.Partner && existing.IiaHash is { } current && current != iiaHash)
            {
                throw new InvalidStateTransitionException(
                    $"Agreement '{id}' cannot be approved with hash '{iiaHash}': the partner's current hash is '{current}'.");
            }

            existing.Approvals.Add(new AgreementApproval { HeiId = heiId, IiaHash = iiaHash, ApprovedAt = write.Now });
            if (snapshot is not null)
            {
                snapshot.AggregateId = id;
                snapshot.TakenAt = write.Now;
                write.Db.PayloadSnapshots.Add(snapshot);
            }
        }, a => string.Equals(heiId, writer.HomeHeiId, StringComparison.OrdinalIgnoreCase)
            ? a.Partners.Where(p => !string.Equals(p.HeiId, writer.HomeHeiId, StringComparison.OrdinalIgnoreCase))
                .Select(p => new OutboxNotice(p.HeiId, OutboxKind.IiaApprovalCnr))
            : [], ct);

    /// <summary>Terminates the agreement as a whole (EWP <c>terminated-as-a-whole</c>), recording when and why.</summary>
    public Task<Agreement> TerminateAsync(string id, string? reason, long? expectedVersion, CancellationToken ct) =>
        writer.UpdateAsync<Agreement>(id, expectedVersion, (existing, write) =>
        {
            if (existing.TerminatedAsAWhole)
            {
                throw new InvalidStateTransitionException($"Agreement '{id}' is already terminated.");
            }

            existing.TerminatedAsAWhole = true;
            existing.TerminatedAt = write.Now;
            existing.TerminationReason = reason;
        }, Notices, ct);

    public Task<bool> DeleteAsync(string id, long? expectedVersion, CancellationToken ct) =>
        writer.DeleteAsync<Agreement>(id, expectedVersion, Notices, ct);

    public async Task<Agreement?> GetAsync(string id, CancellationToken ct)
    {
        await using var db = writer.Factory.CreateDbContext();
        return await db.Agreements.AsNoTracking().AsAggregate().SingleOrDefaultAsync(a => a.Id == id, ct);
    }

    /// <summary>A page of agreements ordered by id; the token is the one returned with the previous page.</summary>
    public async Task<Page<Agreement>> ListAsync(AgreementFilter filter, int pageSize, string? pageToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var after = PageToken.Decode(pageToken);
        var size = PageToken.ClampPageSize(pageSize);
        await using var db = writer.Factory.CreateDbContext();
        var query = db.Agreements.AsNoTracking();
        if (filter.PartnerHeiId is { } partner)
        {
            query = query.Where(a => a.Partners.Any(p => p.HeiId == partner));
        }

        if (filter.InEffect is { } inEffect)
        {
            query = query.Where(a => a.InEffect == inEffect);
        }

        if (filter.TerminatedAsAWhole is { } terminated)
        {
            query = query.Where(a => a.TerminatedAsAWhole == terminated);
        }

        if (filter.Source is { } source)
        {
            query = query.Where(a => a.Provenance.Source == source);
        }

        if (filter.AcademicYearId is { } year)
        {
            // Academic year ids have one fixed format (YYYY/YYYY), so text order is year order.
            query = query.Where(a => a.CooperationConditions.Any(c =>
                string.Compare(c.ReceivingFirstAcademicYearId, year) <= 0 && string.Compare(c.ReceivingLastAcademicYearId, year) >= 0));
        }

        if (after is not null)
        {
            query = query.Where(a => string.Compare(a.Id, after) > 0);
        }

        var items = await query.OrderBy(a => a.Id).Take(size + 1).AsAggregate().ToListAsync(ct);
        return PageToken.PageOf(items, size);
    }

    private static IEnumerable<OutboxNotice> Notices(Agreement agreement) => agreement.Provenance.Source == ProvenanceSource.Local
        ? agreement.Partners.Select(p => new OutboxNotice(p.HeiId, OutboxKind.IiaCnr))
        : [];
}
