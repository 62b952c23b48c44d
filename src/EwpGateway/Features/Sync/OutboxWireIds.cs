using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Sync;

/// <summary>
/// The id a CNR carries for an outbox row's object: what the partner will <c>get</c>, in the numbering the API asks for.
/// </summary>
internal sealed class OutboxWireIds(GatewayDbContextFactory factory)
{
    /// <summary>
    /// IIA CNR: our iia-id (our agreement id, also for a deleted agreement). OMobility CNR: our omobility-id (our
    /// nomination id). IIA Approval CNR: the partner's own iia-id of the agreement we approved. ToR CNR: the sending
    /// HEI's omobility-id the transcript is about.
    /// </summary>
    /// <returns>Per object id, its wire id, or null when it cannot be known any more (object gone, partner id unknown).</returns>
    public async Task<IReadOnlyDictionary<string, string?>> ResolveAsync(
        OutboxKind kind, string partnerHeiId, IReadOnlyCollection<string> objectIds, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(objectIds);
        if (kind is OutboxKind.IiaCnr or OutboxKind.OmobilityCnr)
        {
            return objectIds.ToDictionary(id => id, string? (id) => id, StringComparer.Ordinal);
        }

        var ids = objectIds.ToList();
        await using var db = factory.CreateDbContext();
        Dictionary<string, string?> found;
        if (kind == OutboxKind.IiaApprovalCnr)
        {
            var agreements = await db.Agreements.AsNoTracking().Where(a => ids.Contains(a.Id))
                .Select(a => new { a.Id, a.Provenance.PartnerObjectId, Partners = a.Partners.Select(p => new { p.HeiId, p.IiaId }).ToList() })
                .ToListAsync(ct);
            found = agreements.ToDictionary(a => a.Id, a =>
                a.Partners.FirstOrDefault(p => string.Equals(p.HeiId, partnerHeiId, StringComparison.OrdinalIgnoreCase))?.IiaId
                ?? a.PartnerObjectId, StringComparer.Ordinal);
        }
        else if (kind == OutboxKind.TorCnr)
        {
            found = await db.Transcripts.AsNoTracking().Where(t => ids.Contains(t.Id))
                .ToDictionaryAsync(t => t.Id, string? (t) => t.OmobilityId, StringComparer.Ordinal, ct);
        }
        else
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a change notification.");
        }

        return ids.ToDictionary(id => id, id => found.GetValueOrDefault(id) is { Length: > 0 } wire ? wire : null, StringComparer.Ordinal);
    }
}
