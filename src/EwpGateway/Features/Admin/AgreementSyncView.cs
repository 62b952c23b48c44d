namespace EwpGateway.Features.Admin;

/// <summary>A partner's copy of an agreement: whether its terms match ours and whether it is approved.</summary>
internal sealed record AgreementSyncView(
    string AggregateId,
    string PartnerIiaId,
    string? IiaHash,
    string? HashMismatch,
    DateTimeOffset? HashComparedAt,
    bool ApprovedByUs,
    DateTimeOffset LastSeen,
    DateTimeOffset? WithdrawnAt);
