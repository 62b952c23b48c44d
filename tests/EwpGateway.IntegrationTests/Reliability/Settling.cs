using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>Waits for the gateway's workers to catch up once the load and the faults are over.</summary>
internal static class Settling
{
    /// <summary>
    /// Waits until no inbox or outbox row is pending and every (partner, API) has been reconciled successfully by a run
    /// that started after <paramref name="healedAt"/> (when the partners stopped failing). Fails after <paramref name="timeout"/>
    /// with what is still open.
    /// </summary>
    public static async Task WaitAsync(GatewayDbContextFactory factory, DateTimeOffset healedAt, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var open = "";
        try
        {
            while (true)
            {
                open = await OpenWorkAsync(factory, healedAt, deadline.Token);
                if (open.Length == 0)
                {
                    return;
                }

                await Task.Delay(250, deadline.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Assert.Fail($"The gateway did not settle within {timeout}: {open}");
        }
    }

    /// <summary>What is still to do, or an empty string.</summary>
    public static async Task<string> OpenWorkAsync(GatewayDbContextFactory factory, DateTimeOffset healedAt, CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var inbox = await db.Inbox.CountAsync(m => m.Status == InboxStatus.Pending, ct);
        var outbox = await db.Outbox.CountAsync(m => m.Status == OutboxStatus.Pending, ct);
        var states = await db.SyncStates.AsNoTracking().ToListAsync(ct);
        var behind = states.Where(s => s.ReconciledFrom is not { } from || from < healedAt || s.ConsecutiveFailures > 0).ToList();
        return inbox == 0 && outbox == 0 && states.Count > 0 && behind.Count == 0
            ? ""
            : $"{inbox} inbox and {outbox} outbox rows pending; {behind.Count} of {states.Count} partner APIs not reconciled since the partners healed"
              + string.Concat(behind.Take(3).Select(s => $"; {s.PartnerHeiId} {s.Api}: {s.LastError}"));
    }
}
