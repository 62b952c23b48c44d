using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// The read queries of the Outgoing Mobilities API: our own outgoing nominations (we are the sending HEI) whose
/// receiving HEI the caller covers, once submitted (drafts are ours alone) and only student studies (v3 has no
/// other activity type; traineeships are not served). <c>get</c>, <c>index</c> and <c>update</c> all go through
/// <see cref="VisibleAsync"/> so that they always agree.
/// </summary>
internal sealed class OmobilityQueries(GatewayDbContextFactory factory)
{
    /// <summary>
    /// Our outgoing nominations received by one of <paramref name="callerHeiIds"/>, ordered by id; only those in
    /// <paramref name="ids"/> when it is given, and only those of <paramref name="receivingAcademicYearId"/> when given.
    /// </summary>
    public async Task<IReadOnlyList<Nomination>> VisibleAsync(
        IReadOnlyCollection<string> callerHeiIds, IReadOnlyCollection<string>? ids, string? receivingAcademicYearId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(callerHeiIds);
        if (callerHeiIds.Count == 0)
        {
            return [];
        }

        await using var db = factory.CreateDbContext();
        var query = db.Nominations.AsNoTracking()
            .Where(n => n.Direction == NominationDirection.Outgoing && n.Provenance.Source == ProvenanceSource.Local
                && n.Status != NominationStatus.Draft
                && (n.MobilityType == null || n.MobilityType == MobilityType.StudentStudies));
        if (ids is not null)
        {
            var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
            query = query.Where(n => wanted.Contains(n.Id));
        }

        if (receivingAcademicYearId is not null)
        {
            query = query.Where(n => n.ReceivingAcademicYearId == receivingAcademicYearId);
        }

        var nominations = await query.OrderBy(n => n.Id).AsAggregate().ToListAsync(ct);

        // SCHAC ids compare case-insensitively; the receiving-HEI filter stays in memory for that reason.
        var callers = new HashSet<string>(callerHeiIds, StringComparer.OrdinalIgnoreCase);
        return [.. nominations.Where(n => callers.Contains(n.ReceivingHeiId))];
    }
}
