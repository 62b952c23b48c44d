using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Transcripts;

/// <summary>
/// The read queries of the IMobility ToRs API: the transcripts we issued as the receiving HEI whose sending HEI the
/// caller covers. <c>get</c> and <c>index</c> both go through <see cref="VisibleAsync"/> so that they always agree.
/// </summary>
internal sealed class TorQueries(GatewayDbContextFactory factory)
{
    /// <summary>
    /// Our transcripts issued by <paramref name="receivingHeiId"/> for a mobility sent by one of
    /// <paramref name="callerHeiIds"/>, ordered by omobility id; only those of <paramref name="omobilityIds"/> when given.
    /// The attachments' content (a PDF of megabytes) is left in the database: the writer streams it from there
    /// (<see cref="AttachmentContentStreamer"/>), the index needs none.
    /// </summary>
    public async Task<IReadOnlyList<Transcript>> VisibleAsync(
        IReadOnlyCollection<string> callerHeiIds, string receivingHeiId, IReadOnlyCollection<string>? omobilityIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(callerHeiIds);
        if (callerHeiIds.Count == 0)
        {
            return [];
        }

        await using var db = factory.CreateDbContext();
        var query = db.Transcripts.AsNoTracking().TagWith(AttachmentContentStreamer.DeferTag).Where(t => t.Provenance.Source == ProvenanceSource.Local);
        if (omobilityIds is not null)
        {
            var wanted = omobilityIds.Distinct(StringComparer.Ordinal).ToList();
            query = query.Where(t => wanted.Contains(t.OmobilityId));
        }

        var transcripts = await query.OrderBy(t => t.OmobilityId).AsAggregate().ToListAsync(ct);

        // SCHAC ids compare case-insensitively; the HEI filters stay in memory for that reason.
        var callers = new HashSet<string>(callerHeiIds, StringComparer.OrdinalIgnoreCase);
        return [.. transcripts.Where(t =>
            callers.Contains(t.SendingHeiId) && string.Equals(t.ReceivingHeiId, receivingHeiId, StringComparison.OrdinalIgnoreCase))];
    }
}
