using System.Collections.Concurrent;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Drains the CNR inbox: leases due rows, groups them by kind and notifier, fetches the named objects from each HEI the
/// notifier's key covers that implements the API (in batches of the partner's max ids), and settles every row: done,
/// retried later with backoff, or failed for good with its error kept for administrators.
/// </summary>
internal sealed class InboxProcessor(
    IEnumerable<IPartnerObjectSource> sources,
    InboxLeases leases,
    SyncPartners partners,
    IOptions<SyncOptions> options,
    ChangeSignal changes,
    ILogger<InboxProcessor> logger)
{
    private readonly IReadOnlyDictionary<InboxKind, IPartnerObjectSource> _sources =
        sources.GroupBy(s => s.CnrKind).ToDictionary(g => g.Key, g => g.First());

    /// <summary>Processes one batch of due rows.</summary>
    /// <returns>How many rows were leased (0: nothing was due).</returns>
    public async Task<int> ProcessAsync(CancellationToken ct)
    {
        var lease = await leases.LeaseAsync([.. _sources.Keys], ct);
        if (lease.Rows.Count == 0)
        {
            return 0;
        }

        SyncLog.InboxLeased(logger, lease.Rows.Count);
        foreach (var group in lease.Rows.GroupBy(r => (r.Kind, r.SenderHeiIds)))
        {
            await ProcessGroupAsync(_sources[group.Key.Kind], group.Key.SenderHeiIds, [.. group], lease.LeasedAt, ct);
        }

        changes.Notify();
        return lease.Rows.Count;
    }

    private async Task ProcessGroupAsync(
        IPartnerObjectSource source, string senderHeiIds, IReadOnlyList<InboxMessage> rows, DateTimeOffset leasedAt, CancellationToken ct)
    {
        var errors = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        var ids = rows.Select(r => r.ObjectId).Distinct(StringComparer.Ordinal).ToList();
        var senders = senderHeiIds.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        List<string> heis;
        try
        {
            heis = [.. senders.Where(h => partners.Implements(h, source.Api))];
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            heis = [];
            ids.ForEach(id => errors[id] = ex.Message);
        }

        if (heis.Count == 0 && errors.IsEmpty)
        {
            var message = $"None of the notifier's HEIs ({string.Join(", ", senders)}) implements {source.Api} in the registry catalogue.";
            ids.ForEach(id => errors[id] = message);
        }

        foreach (var hei in heis)
        {
            await FetchFromAsync(source, hei, ids, errors, ct);
        }

        foreach (var row in rows)
        {
            if (errors.TryGetValue(row.ObjectId, out var error))
            {
                if (await leases.FailAsync(row, error, ct))
                {
                    SyncLog.InboxGaveUp(logger, row.Id, row.Kind.ToString(), row.ObjectId, row.Attempts + 1, error);
                }
            }
            else
            {
                await leases.CompleteAsync(row, leasedAt, ct);
            }
        }
    }

    private async Task FetchFromAsync(
        IPartnerObjectSource source, string hei, List<string> ids, ConcurrentDictionary<string, string> errors, CancellationToken ct)
    {
        int maxIds;
        try
        {
            maxIds = partners.MaxIds(hei, source.Api);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            ids.ForEach(id => errors[id] = $"{hei}: {ex.Message}");
            return;
        }

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentGetsPerPartner, CancellationToken = ct };
        await Parallel.ForEachAsync(ids.Chunk(Math.Max(1, maxIds)), parallel, async (batch, token) =>
        {
            try
            {
                await source.FetchAsync(hei, batch, token);
            }
            catch (Exception ex) when (!token.IsCancellationRequested)
            {
                SyncLog.InboxFetchFailed(logger, ex, source.Api, string.Join(' ', batch), hei);
                foreach (var id in batch)
                {
                    errors[id] = $"{hei}: {SyncErrors.Describe(ex)}";
                }
            }
        });
    }
}
