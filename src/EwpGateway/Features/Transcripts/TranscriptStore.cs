using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Transcripts;

/// <summary>Reads and writes transcripts of records; publishing one notifies the sending HEI (ToR CNR).</summary>
internal sealed partial class TranscriptStore(AggregateWriter writer)
{
    /// <summary>Publishes a transcript of an incoming student's mobility.</summary>
    public async Task<Transcript> PublishAsync(Transcript transcript, string? idempotencyKey, CancellationToken ct)
    {
        var id = await writer.CreateAsync(transcript, idempotencyKey, Notices, ct);
        return await GetAsync(id, ct) ?? throw AggregateNotFoundException.For(nameof(Transcript), id);
    }

    /// <summary>Replaces a published transcript (a corrected one); the sending HEI is notified again.</summary>
    public Task<Transcript> UpdateAsync(Transcript transcript, long expectedVersion, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(transcript);
        return writer.UpdateAsync<Transcript>(transcript.Id, expectedVersion, (existing, _) =>
        {
            CopyDetails(existing, transcript);
            ProvenanceCopy.From(existing.Provenance, transcript.Provenance);
        }, Notices, ct);
    }

    public async Task<Transcript?> GetAsync(string id, CancellationToken ct)
    {
        await using var db = writer.Factory.CreateDbContext();
        return await db.Transcripts.AsNoTracking().AsAggregate().SingleOrDefaultAsync(t => t.Id == id, ct);
    }

    public async Task<Page<Transcript>> ListAsync(TranscriptFilter filter, int pageSize, string? pageToken, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var after = PageToken.Decode(pageToken);
        var size = PageToken.ClampPageSize(pageSize);
        await using var db = writer.Factory.CreateDbContext();
        var query = db.Transcripts.AsNoTracking();
        if (filter.OmobilityId is { } omobilityId)
        {
            query = query.Where(t => t.OmobilityId == omobilityId);
        }

        if (filter.PartnerHeiId is { } partner)
        {
            query = query.Where(t => t.SendingHeiId == partner || t.ReceivingHeiId == partner);
        }

        if (filter.ReceivingHeiId is { } issuer)
        {
            query = query.Where(t => t.ReceivingHeiId == issuer);
        }

        if (after is not null)
        {
            query = query.Where(t => string.Compare(t.Id, after) > 0);
        }

        var items = await query.OrderBy(t => t.Id).Take(size + 1).AsAggregate().ToListAsync(ct);
        return PageToken.PageOf(items, size);
    }

    private static IEnumerable<OutboxNotice> Notices(Transcript transcript) => transcript.Provenance.Source == ProvenanceSource.Local
        ? [new OutboxNotice(transcript.SendingHeiId, OutboxKind.TorCnr)]
        : [];
}
