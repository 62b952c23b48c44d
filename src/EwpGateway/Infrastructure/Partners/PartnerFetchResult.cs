namespace EwpGateway.Infrastructure.Partners;

/// <summary>The outcome of one <c>get</c> batch, per requested id.</summary>
/// <param name="Stored">Valid objects stored (created, updated, or unchanged but seen again).</param>
/// <param name="Withdrawn">Ids the partner did not return: marked withdrawn.</param>
/// <param name="Rejected">Objects returned but not stored (schema violation, missing data): recorded as payload issues.</param>
internal sealed record PartnerFetchResult(IReadOnlyList<string> Stored, IReadOnlyList<string> Withdrawn, IReadOnlyList<string> Rejected);
