using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>
/// One partner API the gateway pulls objects from (partner IIAs, their approvals of ours, incoming nominations,
/// transcripts of our outgoing students). The sync engine (inbox and reconciliation workers) drives every source
/// the same way; the source knows the API's wire format, our canonical mapping and the store.
/// </summary>
internal interface IPartnerObjectSource
{
    /// <summary>The registry local name of the API (e.g. <c>iias</c>); the key of sync state and payload issues.</summary>
    string Api { get; }

    /// <summary>The kind of received CNR whose inbox rows name objects of this source.</summary>
    InboxKind CnrKind { get; }

    /// <summary>
    /// Lists the ids of the partner's objects we may fetch, changed since <paramref name="modifiedSince"/> (null: all).
    /// Throws (network, status, signature or payload errors) when no usable list came back; records payload issues.
    /// </summary>
    Task<PartnerIndex> ListAsync(string partnerHeiId, DateTimeOffset? modifiedSince, CancellationToken cancellationToken);

    /// <summary>
    /// Fetches <paramref name="ids"/> (at most <see cref="PartnerIndex.MaxIds"/>; the engine batches) and stores every
    /// valid object with its raw payload. Ids a usable answer did not return are marked withdrawn (never deleted); invalid
    /// objects named by their id are not stored and are recorded as payload issues. Throws when the whole call failed
    /// (network, status, signature, or an answer not usable as a whole): then nothing of that batch is stored or withdrawn.
    /// </summary>
    Task<PartnerFetchResult> FetchAsync(string partnerHeiId, IReadOnlyList<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// After a full listing (<c>modifiedSince</c> null): marks withdrawn every object of the partner we hold that the
    /// listing no longer contains. Returns how many were newly marked.
    /// </summary>
    Task<int> WithdrawMissingAsync(string partnerHeiId, IReadOnlyCollection<string> listedIds, CancellationToken cancellationToken);
}
