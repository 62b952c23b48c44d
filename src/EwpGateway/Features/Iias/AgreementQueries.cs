using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Iias;

/// <summary>
/// The read queries of the IIAs API: our own agreements (not partners' copies) that a caller may see, i.e.
/// those where one of the caller's HEIs is a partner. <c>get</c>, <c>index</c> and <c>stats</c> all go through
/// <see cref="VisibleAsync"/> so that they always agree.
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
        var query = db.Agreements.AsNoTracking().Where(a => a.Provenance.Source == ProvenanceSource.Local);
        if (ids is not null)
        {
            var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
            query = query.Where(a => wanted.Contains(a.Id));
        }

        var agreements = await query.OrderBy(a => a.Id).AsSplitQuery().ToListAsync(ct);

        // SCHAC ids compare case-insensitively; the partner filter stays in memory for that reason.
        var callers = new HashSet<string>(callerHeiIds, StringComparer.OrdinalIgnoreCase);
        return [.. agreements.Where(a => a.Partners.Any(p => callers.Contains(p.HeiId)))];
    }

    /// <summary>All our own agreements (for the stats endpoint).</summary>
    public async Task<IReadOnlyList<Agreement>> AllLocalAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.Agreements.AsNoTracking()
            .Where(a => a.Provenance.Source == ProvenanceSource.Local)
            .OrderBy(a => a.Id).AsSplitQuery().ToListAsync(ct);
    }
}
