using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Reads the change log in sequence order, for consumers that resume "after sequence N" (gRPC <c>WatchChanges</c>).</summary>
internal sealed class ChangeFeed(GatewayDbContextFactory factory)
{
    /// <summary>Up to <paramref name="max"/> committed changes with a sequence greater than <paramref name="sequence"/>, in order.</summary>
    public async Task<IReadOnlyList<ChangeLogEntry>> ReadAfterAsync(long sequence, int max, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.ChangeLog.AsNoTracking()
            .Where(e => e.Sequence > sequence)
            .OrderBy(e => e.Sequence)
            .Take(Math.Clamp(max, 1, 10_000))
            .ToListAsync(ct);
    }

    /// <summary>The last committed sequence, 0 when the log is empty.</summary>
    public async Task<long> LatestSequenceAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        return await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0;
    }
}
