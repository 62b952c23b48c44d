using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Persistence;
using Grpc.Core;

namespace EwpGateway.Features.Sync;

/// <summary>
/// SyncService of ewp.gateway.v1: streams the change log after <c>from_sequence</c> in batches, then follows it.
/// The writer assigns sequences under a lock held until commit, so reading "after the last sequence sent" never skips
/// a change and never repeats one. New commits are noticed through <see cref="ChangeSignal"/> (gRPC writes) or the
/// next poll (any other writer).
/// </summary>
internal sealed class SyncGrpcService(ChangeFeed feed, ChangeSignal changes, TimeProvider time) : SyncService.SyncServiceBase
{
    /// <summary>Changes read from the database at once.</summary>
    public const int BatchSize = 200;

    /// <summary>How often a follower looks for changes committed by writers that do not raise <see cref="ChangeSignal"/>.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    public override async Task WatchChanges(WatchChangesRequest request, IServerStreamWriter<ChangeEvent> responseStream, ServerCallContext context)
    {
        SyncRequestValidator.Validate(request);
        var ct = context.CancellationToken;
        var types = request.Types_.Select(ChangeEventMapping.ToModel).ToHashSet(StringComparer.Ordinal);
        var after = request.FromSequence;
        try
        {
            while (true)
            {
                // Taken before reading, so a commit between the read and the wait still wakes us.
                var changed = changes.Next;
                var batch = await feed.ReadAfterAsync(after, BatchSize, ct);
                foreach (var entry in batch)
                {
                    after = entry.Sequence;
                    if (types.Count == 0 || types.Contains(entry.AggregateType))
                    {
                        await responseStream.WriteAsync(ChangeEventMapping.ToProto(entry), ct);
                    }
                }

                if (batch.Count < BatchSize)
                {
                    await WaitForChangesAsync(changed, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The consumer disconnected: it resumes from the last sequence it processed.
        }
    }

    private async Task WaitForChangesAsync(Task changed, CancellationToken ct)
    {
        using var poll = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var delay = Task.Delay(PollInterval, time, poll.Token);
        await Task.WhenAny(changed, delay);
        await poll.CancelAsync();
        ct.ThrowIfCancellationRequested();
    }
}
