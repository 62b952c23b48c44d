using System.Collections.Concurrent;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>A partner API for engine tests: lists what a test sets, records every call, fails on demand.</summary>
internal sealed class FakeObjectSource : IPartnerObjectSource
{
    public const string ApiName = "fake-objects";

    public string Api => ApiName;

    public InboxKind CnrKind => InboxKind.IiaCnr;

    /// <summary>What each partner's index lists.</summary>
    public ConcurrentDictionary<string, string[]> Listed { get; } = new(StringComparer.Ordinal);

    /// <summary>Partners whose calls throw.</summary>
    public ConcurrentDictionary<string, string> Failing { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Hei, DateTimeOffset? Since)> Lists { get; } = new();

    public ConcurrentQueue<(string Hei, string[] Ids)> Fetches { get; } = new();

    public ConcurrentQueue<(string Hei, string[] Ids)> Withdrawals { get; } = new();

    public Task<PartnerIndex> ListAsync(string partnerHeiId, DateTimeOffset? modifiedSince, CancellationToken cancellationToken)
    {
        Lists.Enqueue((partnerHeiId, modifiedSince));
        ThrowIfFailing(partnerHeiId);
        return Task.FromResult(new PartnerIndex(Listed.GetValueOrDefault(partnerHeiId) ?? [], "1.0.0", 2));
    }

    public Task<PartnerFetchResult> FetchAsync(string partnerHeiId, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        Fetches.Enqueue((partnerHeiId, [.. ids]));
        ThrowIfFailing(partnerHeiId);
        return Task.FromResult(new PartnerFetchResult([.. ids], [], []));
    }

    public Task<int> WithdrawMissingAsync(string partnerHeiId, IReadOnlyCollection<string> listedIds, CancellationToken cancellationToken)
    {
        Withdrawals.Enqueue((partnerHeiId, [.. listedIds]));
        return Task.FromResult(1);
    }

    private void ThrowIfFailing(string partnerHeiId)
    {
        if (Failing.TryGetValue(partnerHeiId, out var message))
        {
            throw new HttpRequestException(message);
        }
    }
}
