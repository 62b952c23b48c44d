using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>
/// Records what was wrong with a partner's payload (one row per partner, API, kind and object, counted), and marks
/// an object's issues resolved when a later fetch of it succeeds.
/// </summary>
internal sealed class PayloadIssueRecorder(GatewayDbContextFactory factory, TimeProvider time)
{
    /// <summary>Counts one occurrence of the issue <paramref name="kind"/> (a short code such as <c>schema</c>).</summary>
    public async Task RecordAsync(string partnerHeiId, string api, string kind, string? objectId, string message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = objectId ?? "";
        var text = message.Length > 2000 ? message[..2000] : message;
        for (var attempt = 1; ; attempt++)
        {
            await using var db = factory.CreateDbContext();
            var updated = await db.PayloadIssues
                .Where(i => i.PartnerHeiId == partnerHeiId && i.Api == api && i.Kind == kind && i.ObjectId == id)
                .ExecuteUpdateAsync(
                    set => set
                        .SetProperty(i => i.Count, i => i.Count + 1)
                        .SetProperty(i => i.LastSeenAt, now)
                        .SetProperty(i => i.Message, text)
                        .SetProperty(i => i.ResolvedAt, (DateTimeOffset?)null),
                    cancellationToken);
            if (updated > 0)
            {
                return;
            }

            db.PayloadIssues.Add(new PayloadIssue
            {
                PartnerHeiId = partnerHeiId,
                Api = api,
                Kind = kind,
                ObjectId = id,
                Message = text,
                FirstSeenAt = now,
                LastSeenAt = now,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another fetch inserted the same issue first: count on its row.
            }
        }
    }

    /// <summary>Marks the current issues of an object resolved (it was fetched and stored successfully).</summary>
    public async Task ResolveAsync(string partnerHeiId, string api, string objectId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = factory.CreateDbContext();
        var open = db.PayloadIssues
            .Where(i => i.PartnerHeiId == partnerHeiId && i.Api == api && i.ObjectId == objectId && i.ResolvedAt == null);

        // Nearly every stored object has no open issue: a read (which never waits for a writer) spares it the write lock.
        if (await open.AnyAsync(cancellationToken))
        {
            await open.ExecuteUpdateAsync(set => set.SetProperty(i => i.ResolvedAt, now), cancellationToken);
        }
    }

    /// <summary>Marks the current issues of these objects resolved (fetched and stored successfully), with one read when none has any.</summary>
    public async Task ResolveAsync(string partnerHeiId, string api, IReadOnlyCollection<string> objectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(objectIds);
        if (objectIds.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var ids = objectIds.Distinct(StringComparer.Ordinal).ToList();
        await using var db = factory.CreateDbContext();
        var open = db.PayloadIssues
            .Where(i => i.PartnerHeiId == partnerHeiId && i.Api == api && ids.Contains(i.ObjectId) && i.ResolvedAt == null);
        if (await open.AnyAsync(cancellationToken))
        {
            await open.ExecuteUpdateAsync(set => set.SetProperty(i => i.ResolvedAt, now), cancellationToken);
        }
    }
}
