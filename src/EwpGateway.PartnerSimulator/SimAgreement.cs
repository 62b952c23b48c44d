namespace EwpGateway.PartnerSimulator;

/// <summary>
/// An inter-institutional agreement between the simulated partner and the gateway HEI, as the partner serves it.
/// The partner is the first <c>partner</c> of the served IIA, the gateway the second.
/// </summary>
public sealed record SimAgreement
{
    /// <summary>Gets the partner's own IIA id.</summary>
    public required string IiaId { get; init; }

    /// <summary>Gets the partner's IIA code.</summary>
    public string? IiaCode { get; init; }

    /// <summary>Gets the gateway's IIA id when the partner has mapped it.</summary>
    public string? GatewayIiaId { get; init; }

    /// <summary>Gets the cooperation conditions.</summary>
    public required IReadOnlyList<SimCondition> Conditions { get; init; }

    /// <summary>Gets a value indicating whether the agreement is in effect.</summary>
    public bool InEffect { get; init; }

    /// <summary>Gets when it last changed (set by <see cref="SimObjectSet{T}.Upsert"/>).</summary>
    public DateTimeOffset ModifiedAt { get; init; }
}
