using EwpGateway.Features.Registry;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// One outbox pass: lease due rows (with their pending duplicates), send each (partner, kind, object) once, batching
/// object ids of one partner and kind up to the partner's limit, and record the outcome on every row. Partners are
/// served in parallel, each one's sends in order; the first transient failure of a partner ends its turn in this
/// pass (its other rows wait for the same next attempt), so an unreachable partner costs one failed call per pass.
/// </summary>
/// <remarks>
/// The partner client's resilience pipeline retries transient failures within one call; the outbox schedules the
/// next call, durably, after a backoff. A CNR for a change committed while a send is in flight is a new pending row,
/// sent by a later pass.
/// </remarks>
internal sealed class OutboxDispatcher(
    IRegistryCatalogueProvider catalogues,
    OutboxLeaser leaser,
    OutboxCnrSender cnrSender,
    OutboxWireIds wireIds,
    OutboxRecorder recorder,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger,
    IOmobilityUpdateSender? updateSender = null)
{
    /// <summary>
    /// Runs one pass and returns what it did (nothing leased: nothing was due). Without a registry catalogue (not
    /// loaded yet, registry down since start) nothing is leased: every partner would look like it implements nothing,
    /// and that would fail rows for good.
    /// </summary>
    public async Task<OutboxPassResult> RunOnceAsync(CancellationToken ct)
    {
        if (catalogues.Current is null)
        {
            OutboxLog.NoCatalogue(logger);
            return new OutboxPassResult(0, 0, 0, 0, 0);
        }

        var leased = await leaser.LeaseAsync(time.GetUtcNow(), ct);
        if (leased.Count == 0)
        {
            return new OutboxPassResult(0, 0, 0, 0, 0);
        }

        var partners = leased
            .GroupBy(m => (m.PartnerHeiId, m.Kind, m.ObjectId))
            .Select(g => new OutboxDelivery([.. g.OrderBy(m => m.CreatedAt).ThenBy(m => m.Id)]))
            .GroupBy(d => d.PartnerHeiId)
            .ToList();
        var results = new OutboxPassResult[partners.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelPartners, CancellationToken = ct };
        await Parallel.ForEachAsync(Enumerable.Range(0, partners.Count), parallel, async (i, token) =>
            results[i] = await DeliverToPartnerAsync([.. partners[i]], token));

        var total = new OutboxPassResult(leased.Count, results.Sum(r => r.Sent), results.Sum(r => r.Retried), results.Sum(r => r.Failed), results.Sum(r => r.Postponed));
        OutboxLog.Pass(logger, total.Leased, total.Sent, total.Retried, total.Failed);
        return total;
    }

    private async Task<OutboxPassResult> DeliverToPartnerAsync(List<OutboxDelivery> deliveries, CancellationToken ct)
    {
        var partner = deliveries[0].PartnerHeiId;
        int sent = 0, retried = 0, failed = 0;
        var queue = new Queue<(IReadOnlyList<OutboxDelivery> Batch, Func<CancellationToken, Task<PartnerDelivery>> Send)>();
        foreach (var kind in deliveries.GroupBy(d => d.Kind).OrderBy(g => g.Key))
        {
            foreach (var (batch, send) in await PlanAsync(partner, kind.Key, [.. kind], ct))
            {
                queue.Enqueue((batch, send));
            }
        }

        while (queue.TryDequeue(out var step))
        {
            var outcome = await step.Send(ct);
            var now = time.GetUtcNow();
            if (outcome.Status == PartnerDeliveryStatus.Delivered)
            {
                sent += await recorder.DeliveredAsync(step.Batch, now, ct);
                continue;
            }

            var (r, f) = await recorder.FailedAsync(step.Batch, outcome, now, ct);
            retried += r;
            failed += f;
            if (outcome.Status == PartnerDeliveryStatus.Transient)
            {
                var rest = queue.SelectMany(s => s.Batch).ToList();
                var postponed = await recorder.PostponeAsync(rest, now + TimeSpan.FromTicks(Math.Max(1, options.Value.BaseDelay.Ticks)), ct);
                return new OutboxPassResult(0, sent, retried, failed, postponed);
            }
        }

        return new OutboxPassResult(0, sent, retried, failed, 0);
    }

    /// <summary>
    /// The sends for one partner and kind: failures known before any call (API not implemented, object gone) become
    /// immediate permanent outcomes; the rest are batched by the partner's limit.
    /// </summary>
    private async Task<List<(IReadOnlyList<OutboxDelivery>, Func<CancellationToken, Task<PartnerDelivery>>)>> PlanAsync(
        string partner, OutboxKind kind, List<OutboxDelivery> deliveries, CancellationToken ct)
    {
        if (kind == OutboxKind.OmobilityUpdate)
        {
            return [.. deliveries.Select(d => ((IReadOnlyList<OutboxDelivery>)[d], Send(token => updateSender is null
                ? Task.FromResult(PartnerDelivery.Permanent("No OMobilities update sender is registered on this instance."))
                : updateSender.SendAsync(partner, d.ObjectId, token))))];
        }

        Uri url;
        int maxIds;
        try
        {
            (url, maxIds) = cnrSender.Resolve(partner, kind);
        }
        catch (PartnerApiNotImplementedException ex)
        {
            return [(deliveries, Send(_ => Task.FromResult(PartnerDelivery.NotImplemented(ex.Message))))];
        }

        var wire = await wireIds.ResolveAsync(kind, partner, [.. deliveries.Select(d => d.ObjectId)], ct);
        var plan = new List<(IReadOnlyList<OutboxDelivery>, Func<CancellationToken, Task<PartnerDelivery>>)>();
        var unknown = deliveries.Where(d => wire[d.ObjectId] is null).ToList();
        if (unknown.Count > 0)
        {
            plan.Add((unknown, Send(_ => Task.FromResult(PartnerDelivery.Permanent(
                $"The id {partner} knows this object by is not stored (the object is gone, or the partner's id was never received).")))));
        }

        foreach (var chunk in deliveries.Where(d => wire[d.ObjectId] is not null).Chunk(maxIds))
        {
            var ids = chunk.Select(d => wire[d.ObjectId]!).Distinct(StringComparer.Ordinal).ToList();
            plan.Add((chunk, Send(token => cnrSender.SendAsync(url, kind, ids, token))));
        }

        return plan;
    }

    private static Func<CancellationToken, Task<PartnerDelivery>> Send(Func<CancellationToken, Task<PartnerDelivery>> send) => send;
}
