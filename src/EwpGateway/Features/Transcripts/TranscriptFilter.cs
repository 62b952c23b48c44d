namespace EwpGateway.Features.Transcripts;

/// <summary>
/// Filters of <see cref="TranscriptStore.ListAsync"/>; null means "any". <c>ReceivingHeiId</c> keeps the transcripts
/// issued by that HEI (the receiving HEI of the mobility).
/// </summary>
internal sealed record TranscriptFilter(string? OmobilityId = null, string? PartnerHeiId = null, string? ReceivingHeiId = null);
