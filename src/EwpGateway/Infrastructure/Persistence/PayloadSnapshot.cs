namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// A partner payload kept verbatim: for every partner IIA copy we approve, the exact bytes we approved, forever
/// (evidence of what was agreed).
/// </summary>
internal sealed class PayloadSnapshot
{
    public Guid Id { get; set; } = Guid.NewGuid();

    public string PartnerHeiId { get; set; } = "";

    public string Api { get; set; } = "";

    /// <summary>The partner's id of the object.</summary>
    public string ObjectId { get; set; } = "";

    /// <summary>Our aggregate id the payload was stored as.</summary>
    public string? AggregateId { get; set; }

    /// <summary>The EWP API version of the payload, e.g. <c>7.0.0</c>.</summary>
    public string EwpVersion { get; set; } = "";

    /// <summary>SHA-256 (hex) of <see cref="Payload"/>.</summary>
    public string PayloadSha256 { get; set; } = "";

    /// <summary>For IIAs: the <c>iia-hash</c> of the approved terms.</summary>
    public string? IiaHash { get; set; }

    /// <summary>Why it was kept (e.g. <c>approved</c>).</summary>
    public string Reason { get; set; } = "";

    public byte[] Payload { get; set; } = [];

    public DateTimeOffset TakenAt { get; set; }
}
