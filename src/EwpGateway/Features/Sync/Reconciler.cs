using EwpGateway.Infrastructure.Partners;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Reconciles partners: per partner HEI and source API, <c>index</c> with <c>modified_since</c> (start of the last
/// successful run minus a margin; everything on the first run or when a full sync was requested), <c>get</c> in
/// batches of the partner's max ids with bounded concurrency, and after a full listing marks withdrawn what the partner
/// no longer lists. Heals lost notifications. Every run is recorded in the partner's sync state; failures never escape.
/// </summary>
internal sealed class Reconciler(
    IEnumerable<IPartnerObjectSource> sources,
    SyncPartners partners,
    SyncStateLeases states,
    SyncWakeup wakeup,
    ChangeSignal changes,
    IOptions<SyncOptions> options,
    TimeProvider time,
    ILogger<Reconciler> logger)
{
    private readonly IReadOnlyList<IPartnerObjectSource> _sources = [.. sources];

    /// <summary>Runs every (partner, API) that is due (not attempted within the interval, or a full sync requested).</summary>
    /// <returns>How many runs were made.</returns>
    public Task<int> RunDueAsync(CancellationToken ct) => RunAsync(null, onlyIfDue: true, ct);

    /// <summary>Runs every API of <paramref name="partnerHeiId"/> now, due or not (unless another instance is running it).</summary>
    public Task<int> RunPartnerAsync(string partnerHeiId, CancellationToken ct) => RunAsync(partnerHeiId, onlyIfDue: false, ct);

    /// <summary>Asks for a full re-sync of every API of <paramref name="partnerHeiId"/> and wakes the worker.</summary>
    public async Task RequestResyncAsync(string partnerHeiId, CancellationToken ct)
    {
        await states.RequestFullSyncAsync(partnerHeiId, _sources.Select(s => s.Api), ct);
        SyncLog.ResyncRequested(logger, partnerHeiId);
        wakeup.Signal();
    }

    private async Task<int> RunAsync(string? onlyPartner, bool onlyIfDue, CancellationToken ct)
    {
        var work = _sources
            .SelectMany(s => partners.Implementing(s.Api).Select(hei => (Source: s, Hei: hei)))
            .Where(w => onlyPartner is null || string.Equals(w.Hei, onlyPartner, StringComparison.OrdinalIgnoreCase))
            .GroupBy(w => w.Hei, StringComparer.Ordinal)
            .ToList();
        var runs = 0;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentPartners, CancellationToken = ct };
        await Parallel.ForEachAsync(work, parallel, async (partner, token) =>
        {
            foreach (var (source, hei) in partner)
            {
                if (await RunOneAsync(source, hei, onlyIfDue, token))
                {
                    Interlocked.Increment(ref runs);
                }
            }
        });
        if (runs > 0)
        {
            changes.Notify();
        }

        return runs;
    }

    private async Task<bool> RunOneAsync(IPartnerObjectSource source, string hei, bool onlyIfDue, CancellationToken ct)
    {
        var startedAt = time.GetUtcNow();
        var state = await states.TryLeaseAsync(hei, source.Api, onlyIfDue, ct);
        if (state is null)
        {
            return false;
        }

        var counts = new SyncRunCounter();
        string? version = null;
        try
        {
            var since = state.FullSyncRequested || state.ReconciledFrom is not { } from ? (DateTimeOffset?)null : from - options.Value.ModifiedSinceMargin;
            var index = await source.ListAsync(hei, since, ct);
            version = index.ApiVersion;
            var ids = index.Ids.Distinct(StringComparer.Ordinal).ToList();
            counts.Listed = ids.Count;
            if (since is null)
            {
                counts.AddWithdrawn(await source.WithdrawMissingAsync(hei, ids, ct));
            }

            var errors = await FetchAllAsync(source, hei, ids, Math.Max(1, index.MaxIds), counts, ct);
            var result = counts.ToRecord();
            if (errors.Count == 0)
            {
                await states.SucceededAsync(state, startedAt, result, version, ct);
                SyncLog.Reconciled(logger, source.Api, hei, result.Listed, result.Stored, result.Rejected, result.Withdrawn, (long)(time.GetUtcNow() - startedAt).TotalMilliseconds);
            }
            else
            {
                var error = $"{errors.Count} of the get calls failed; first: {SyncErrors.Describe(errors[0])}";
                await states.FailedAsync(state, startedAt, result, version, error, ct);
                SyncLog.ReconcileFailed(logger, errors[0], source.Api, hei, error);
            }
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            var error = SyncErrors.Describe(ex);
            await states.FailedAsync(state, startedAt, counts.ToRecord(), version, error, ct);
            SyncLog.ReconcileFailed(logger, ex, source.Api, hei, error);
        }

        return true;
    }

    private async Task<List<Exception>> FetchAllAsync(
        IPartnerObjectSource source, string hei, List<string> ids, int maxIds, SyncRunCounter counts, CancellationToken ct)
    {
        var errors = new List<Exception>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentGetsPerPartner, CancellationToken = ct };
        await Parallel.ForEachAsync(ids.Chunk(maxIds), parallel, async (batch, token) =>
        {
            try
            {
                var result = await source.FetchAsync(hei, batch, token);
                counts.Add(result);
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                counts.AddRejected(batch.Length);
                lock (errors)
                {
                    errors.Add(ex);
                }
            }
        });
        return errors;
    }
}
