namespace EwpGateway.PartnerSimulator;

/// <summary>An approve or reject decision the gateway sent to the Outgoing Mobilities <c>update</c> endpoint.</summary>
/// <param name="OmobilityId">The nomination.</param>
/// <param name="ProposalId">The proposal decided on.</param>
/// <param name="Approved">Whether it was approved (otherwise rejected).</param>
/// <param name="Comment">The rejection comment, if any.</param>
/// <param name="At">When it arrived.</param>
public sealed record SimDecision(string OmobilityId, string ProposalId, bool Approved, string? Comment, DateTimeOffset At);
