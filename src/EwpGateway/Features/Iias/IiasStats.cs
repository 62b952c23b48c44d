namespace EwpGateway.Features.Iias;

/// <summary>The counters of the IIAs v7 <c>iias-stats-response</c>.</summary>
internal sealed record IiasStats(int Fetchable, int LocalUnapprovedPartnerApproved, int LocalApprovedPartnerUnapproved, int BothApproved);
