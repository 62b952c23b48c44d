using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Iias;

/// <summary>
/// One valid IIA of a partner's <c>get</c> answer, read and hashed, on its way into the store with the others of its batch.
/// </summary>
/// <param name="TheirId">The partner's id of the IIA.</param>
/// <param name="Copy">The partner's copy as it will be stored.</param>
/// <param name="Computed">The iia-hash computed over the IIA's terms.</param>
/// <param name="SentHash">The iia-hash the partner sent (for v6, the computed one).</param>
internal sealed record PartnerIiaCopy(string TheirId, Agreement Copy, IiaHashResult Computed, string? SentHash)
{
    /// <summary>Whether the partner sent the hash of the IIA's terms.</summary>
    public bool HashOk => SentHash == Computed.Hash;

    /// <summary>The comparison with our own agreement, when we have one.</summary>
    public IiaComparison? Comparison { get; set; }
}
