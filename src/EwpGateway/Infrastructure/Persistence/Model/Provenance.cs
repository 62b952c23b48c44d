namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>Where an aggregate came from and when it was seen; for partner objects the binding to their id.</summary>
internal sealed class Provenance
{
    public ProvenanceSource Source { get; set; } = ProvenanceSource.Local;

    /// <summary>SCHAC id of the partner HEI the object came from (partner objects only).</summary>
    public string? PartnerHeiId { get; set; }

    /// <summary>The partner's own id of the object (e.g. their iia-id), bound to our <see cref="AggregateRoot.Id"/>.</summary>
    public string? PartnerObjectId { get; set; }

    /// <summary>EWP API version the object came in, e.g. <c>7.0.0</c>.</summary>
    public string? EwpVersion { get; set; }

    /// <summary>The partner's raw response payload, as received.</summary>
    public byte[]? RawPayload { get; set; }

    public DateTimeOffset FirstSeen { get; set; }

    public DateTimeOffset LastSeen { get; set; }

    public DateTimeOffset LastModified { get; set; }

    /// <summary>
    /// When the partner stopped returning the object (gone from its index, or its <c>get</c> no longer returns it).
    /// Withdrawn objects are kept, never deleted; null while the partner still serves it.
    /// </summary>
    public DateTimeOffset? WithdrawnAt { get; set; }
}
