using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Sync;

/// <summary>
/// Writes the outcome of a send onto its leased rows and releases them. Only rows this instance still holds are
/// touched: if a send outlived its lease and another instance took the rows over, that instance's outcome wins.
/// </summary>
internal sealed class OutboxRecorder(GatewayDbContextFactory factory, OutboxBackoff backoff, IOptions<OutboxOptions> options, ILogger<OutboxRecorder> logger)
{
    /// <summary>The oldest row of each delivery is Sent with <c>MergedCount</c>; the others are Sent, merged into it.</summary>
    /// <returns>How many rows were marked sent.</returns>
    public Task<int> DeliveredAsync(IReadOnlyList<OutboxDelivery> deliveries, DateTimeOffset now, CancellationToken ct) =>
        UpdateAsync(deliveries, rows =>
        {
            foreach (var delivery in deliveries)
            {
                var primaryId = delivery.Primary.Id;
                foreach (var row in delivery.Rows.Select(r => rows.GetValueOrDefault(r.Id)).OfType<OutboxMessage>())
                {
                    row.Status = OutboxStatus.Sent;
                    row.SentAt = now;
                    row.Attempts++;
                    if (row.Id == primaryId)
                    {
                        row.MergedCount = delivery.Rows.Count - 1;
                    }
                    else
                    {
                        row.MergedIntoId = primaryId;
                    }
                }
            }

            return rows.Count;
        }, ct);

    /// <summary>
    /// A permanent failure marks every row Failed at once. A transient one counts an attempt and schedules the next
    /// after the backoff, unless the row is older than <see cref="OutboxOptions.GiveUpAfter"/>: then it is Failed too.
    /// </summary>
    /// <returns>How many rows will be tried again and how many failed for good.</returns>
    public async Task<(int Retried, int Failed)> FailedAsync(
        IReadOnlyList<OutboxDelivery> deliveries, PartnerDelivery failure, DateTimeOffset now, CancellationToken ct)
    {
        var retried = 0;
        var failed = 0;
        DateTimeOffset? next = null;
        await UpdateAsync(deliveries, rows =>
        {
            foreach (var row in rows.Values)
            {
                row.Attempts++;
                row.LastError = failure.Error;
                if (failure.Status == PartnerDeliveryStatus.NotImplemented)
                {
                    row.Status = OutboxStatus.NotApplicable;
                    failed++;
                }
                else if (failure.Status == PartnerDeliveryStatus.Permanent || now >= row.CreatedAt + options.Value.GiveUpAfter)
                {
                    row.Status = OutboxStatus.Failed;
                    failed++;
                }
                else
                {
                    row.NextAttemptAt = now + backoff.After(row.Attempts);
                    next = next is { } n && n < row.NextAttemptAt ? n : row.NextAttemptAt;
                    retried++;
                }
            }

            return 0;
        }, ct);

        var first = deliveries[0];
        if (retried > 0)
        {
            OutboxLog.WillRetry(logger, first.Kind, first.PartnerHeiId, deliveries.Count, next!.Value, failure.Error ?? "");
        }

        if (failed > 0)
        {
            OutboxLog.GaveUp(logger, first.Kind, first.PartnerHeiId, deliveries.Count, failure.Error ?? "");
        }

        return (retried, failed);
    }

    /// <summary>Releases rows not attempted in this pass (their partner just failed): no attempt counted, due again at <paramref name="nextAttemptAt"/>.</summary>
    public Task<int> PostponeAsync(IReadOnlyList<OutboxDelivery> deliveries, DateTimeOffset nextAttemptAt, CancellationToken ct) =>
        UpdateAsync(deliveries, rows =>
        {
            foreach (var row in rows.Values)
            {
                row.NextAttemptAt = nextAttemptAt;
            }

            return rows.Count;
        }, ct);

    private async Task<int> UpdateAsync(IReadOnlyList<OutboxDelivery> deliveries, Func<Dictionary<Guid, OutboxMessage>, int> change, CancellationToken ct)
    {
        if (deliveries.Count == 0)
        {
            return 0;
        }

        var ids = deliveries.SelectMany(d => d.Rows).Select(r => r.Id).ToList();
        var owner = options.Value.InstanceId;
        await using var db = factory.CreateDbContext();
        var rows = await db.Outbox
            .Where(m => ids.Contains(m.Id) && m.LeaseOwner == owner && m.Status == OutboxStatus.Pending)
            .ToDictionaryAsync(m => m.Id, ct);
        if (rows.Count < ids.Count)
        {
            OutboxLog.LeaseLost(logger, deliveries[0].PartnerHeiId);
        }

        var result = change(rows);
        foreach (var row in rows.Values)
        {
            row.LeaseOwner = null;
            row.LeasedUntil = null;
        }

        await db.SaveChangesAsync(ct);
        return result;
    }
}
