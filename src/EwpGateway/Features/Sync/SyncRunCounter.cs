using EwpGateway.Infrastructure.Partners;

namespace EwpGateway.Features.Sync;

/// <summary>The counters of one reconciliation run, added to by concurrent <c>get</c> batches.</summary>
internal sealed class SyncRunCounter
{
    private int _stored;
    private int _rejected;
    private int _withdrawn;

    public int Listed { get; set; }

    public void AddWithdrawn(int count) => Interlocked.Add(ref _withdrawn, count);

    public void Add(PartnerFetchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        Interlocked.Add(ref _stored, result.Stored.Count);
        Interlocked.Add(ref _rejected, result.Rejected.Count);
        Interlocked.Add(ref _withdrawn, result.Withdrawn.Count);
    }

    public void AddRejected(int count) => Interlocked.Add(ref _rejected, count);

    public SyncRunCounts ToRecord() => new(Listed, Volatile.Read(ref _stored), Volatile.Read(ref _rejected), Volatile.Read(ref _withdrawn));
}
