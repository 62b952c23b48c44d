using System.Collections.Concurrent;

namespace EwpGateway.PartnerSimulator;

/// <summary>What one simulated partner serves. Thread-safe and mutable by tests; changes are served at once.</summary>
public sealed class PartnerDataset
{
    private readonly ConcurrentDictionary<string, string> _approvals = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SimDecision> _decisions = new();

    internal PartnerDataset(TimeProvider timeProvider)
    {
        Agreements = new SimObjectSet<SimAgreement>(a => a.IiaId, (a, at, _) => a with { ModifiedAt = at }, timeProvider);
        Nominations = new SimObjectSet<SimNomination>(
            n => n.OmobilityId,
            (n, at, revision) => n with { ModifiedAt = at, ProposalId = $"{n.OmobilityId}-p{revision}" },
            timeProvider);
        Transcripts = new SimObjectSet<SimTranscript>(t => t.OmobilityId, (t, at, _) => t with { ModifiedAt = at }, timeProvider);
    }

    /// <summary>Gets the agreements (IIAs get/index).</summary>
    public SimObjectSet<SimAgreement> Agreements { get; }

    /// <summary>Gets the nominations (Outgoing Mobilities get/index/update).</summary>
    public SimObjectSet<SimNomination> Nominations { get; }

    /// <summary>Gets the transcripts (IMobility ToRs get/index).</summary>
    public SimObjectSet<SimTranscript> Transcripts { get; }

    /// <summary>Gets the decisions the gateway sent to the update endpoint, oldest first.</summary>
    public IReadOnlyList<SimDecision> Decisions => _decisions.ToArray();

    /// <summary>Gets the partner's approvals of the gateway's IIAs: gateway IIA id to the approved <c>iia-hash</c>.</summary>
    public IReadOnlyDictionary<string, string> Approvals => new Dictionary<string, string>(_approvals, StringComparer.Ordinal);

    /// <summary>Records that the partner approved the gateway's agreement in the version with <paramref name="iiaHash"/>.</summary>
    /// <param name="gatewayIiaId">The gateway's IIA id.</param>
    /// <param name="iiaHash">The approved hash of the gateway's copy.</param>
    public void ApproveGatewayIia(string gatewayIiaId, string iiaHash)
    {
        ArgumentException.ThrowIfNullOrEmpty(gatewayIiaId);
        ArgumentException.ThrowIfNullOrEmpty(iiaHash);
        _approvals[gatewayIiaId] = iiaHash;
    }

    /// <summary>Withdraws an approval.</summary>
    /// <param name="gatewayIiaId">The gateway's IIA id.</param>
    /// <returns><see langword="true"/> when there was one.</returns>
    public bool RevokeApproval(string gatewayIiaId) => _approvals.TryRemove(gatewayIiaId, out _);

    internal void AddDecision(SimDecision decision) => _decisions.Enqueue(decision);
}
