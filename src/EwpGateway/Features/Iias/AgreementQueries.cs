using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Iias;

/// <summary>
/// The read queries of the IIAs APIs. Our own agreements (not partners' copies) that a caller may see are
/// those where one of the caller's HEIs is a partner; <c>get</c>, <c>index</c> and <c>stats</c> all filter
/// through <see cref="Visible"/> so that they always agree. Filters run in the database; SCHAC ids compare
/// case-insensitively, so both sides are lower-cased there.
/// </summary>
internal sealed class AgreementQueries(GatewayDbContextFactory factory)
{
    /// <summary>
    /// Our agreements in which one of <paramref name="callerHeiIds"/> is a partner, ordered by id; only those in
    /// <paramref name="ids"/> when it is given.
    /// </summary>
    public async Task<IReadOnlyList<Agreement>> VisibleAsync(
        IReadOnlyCollection<string> callerHeiIds, IReadOnlyCollection<string>? ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(callerHeiIds);
        if (callerHeiIds.Count == 0)
        {
            return [];
        }

        await using var db = factory.CreateDbContext();
        var query = Visible(db, callerHeiIds);
        if (ids is not null)
        {
            var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
            query = query.Where(a => wanted.Contains(a.Id));
        }

        return await query.OrderBy(a => a.Id).AsAggregate().ToListAsync(ct);
    }

    /// <summary>Whether one of <paramref name="callerHeiIds"/> is a partner of <paramref name="agreement"/>, as <see cref="Visible"/> filters.</summary>
    public static bool IsVisibleTo(Agreement agreement, IReadOnlyCollection<string> callerHeiIds)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var callers = Lower(callerHeiIds);
        return agreement.Provenance.Source == ProvenanceSource.Local && agreement.Partners.Any(p => callers.Contains(p.HeiId.ToLowerInvariant()));
    }

    /// <summary>
    /// The ids of the <c>index</c>: our agreements visible to the callers in which <paramref name="homeHeiId"/> and
    /// another HEI are partners, modified after <paramref name="modifiedSince"/>, with a cooperation condition whose
    /// receiving years contain one of <paramref name="academicYearIds"/> (compared by start year), all when not given.
    /// </summary>
    public async Task<IReadOnlyList<string>> IndexAsync(
        IReadOnlyCollection<string> callerHeiIds, string homeHeiId, IReadOnlyCollection<string> academicYearIds,
        DateTimeOffset? modifiedSince, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(callerHeiIds);
        ArgumentNullException.ThrowIfNull(academicYearIds);
        if (callerHeiIds.Count == 0)
        {
            return [];
        }

        await using var db = factory.CreateDbContext();
        var home = homeHeiId.ToLowerInvariant();
        var query = Visible(db, callerHeiIds)
            .Where(a => a.Partners.Any(p => p.HeiId.ToLower() == home) && a.Partners.Count >= 2);
        if (modifiedSince is { } since)
        {
            // SQLite stores instants as integers of their UTC form, so the bound must be UTC as well.
            var bound = since.ToUniversalTime();
            query = query.Where(a => a.Provenance.LastModified > bound);
        }

        if (academicYearIds.Count > 0)
        {
            var starts = academicYearIds.Where(y => y.Length >= 4).Select(y => y[..4]).Distinct(StringComparer.Ordinal).ToList();
            query = query.Where(a => a.CooperationConditions.Any(c => starts.Any(y =>
                string.Compare(c.ReceivingFirstAcademicYearId.Substring(0, 4), y) <= 0
                && string.Compare(y, c.ReceivingLastAcademicYearId.Substring(0, 4)) <= 0)));
        }

        return await query.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
    }

    /// <summary>Our own agreements with these ids, every collection loaded, ordered by id.</summary>
    public async Task<IReadOnlyList<Agreement>> ByIdsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        await using var db = factory.CreateDbContext();
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        return await db.Agreements.AsNoTracking()
            .Where(a => a.Provenance.Source == ProvenanceSource.Local && wanted.Contains(a.Id))
            .OrderBy(a => a.Id).AsAggregate().ToListAsync(ct);
    }

    /// <summary>All our own agreements (for the stats endpoint).</summary>
    public async Task<IReadOnlyList<Agreement>> AllLocalAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Agreements.AsNoTracking()
            .Where(a => a.Provenance.Source == ProvenanceSource.Local)
            .OrderBy(a => a.Id).AsAggregate().ToListAsync(ct);
    }

    /// <summary>
    /// The partners' copies we hold whose owner is one of <paramref name="callerHeiIds"/> and whose owner's id is in
    /// <paramref name="partnerIds"/>, and in which <paramref name="homeHeiId"/> is a partner (IIAs Approval API).
    /// </summary>
    public async Task<IReadOnlyList<Agreement>> PartnerCopiesAsync(
        IReadOnlyCollection<string> callerHeiIds, string homeHeiId, IReadOnlyCollection<string> partnerIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(callerHeiIds);
        if (callerHeiIds.Count == 0)
        {
            return [];
        }

        await using var db = factory.CreateDbContext();
        var callers = Lower(callerHeiIds);
        var home = homeHeiId.ToLowerInvariant();
        var wanted = partnerIds.Distinct(StringComparer.Ordinal).ToList();
        return await db.Agreements.AsNoTracking()
            .Where(a => a.Provenance.Source == ProvenanceSource.Partner
                && a.Provenance.PartnerHeiId != null && callers.Contains(a.Provenance.PartnerHeiId.ToLower())
                && a.Provenance.PartnerObjectId != null && wanted.Contains(a.Provenance.PartnerObjectId)
                && a.Partners.Any(p => p.HeiId.ToLower() == home))
            .OrderBy(a => a.Provenance.PartnerObjectId).AsAggregate().ToListAsync(ct);
    }

    private static IQueryable<Agreement> Visible(GatewayDbContext db, IReadOnlyCollection<string> callerHeiIds)
    {
        var callers = Lower(callerHeiIds);
        return db.Agreements.AsNoTracking()
            .Where(a => a.Provenance.Source == ProvenanceSource.Local && a.Partners.Any(p => callers.Contains(p.HeiId.ToLower())));
    }

    private static List<string> Lower(IEnumerable<string> heiIds) =>
        [.. heiIds.Select(h => h.ToLowerInvariant()).Distinct(StringComparer.Ordinal)];
}
