namespace EwpGateway.Features.Transcripts;

/// <summary>Filters of <see cref="TranscriptStore.ListAsync"/>; null means "any".</summary>
internal sealed record TranscriptFilter(string? OmobilityId = null, string? PartnerHeiId = null);
