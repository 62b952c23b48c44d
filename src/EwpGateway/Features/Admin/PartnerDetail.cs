namespace EwpGateway.Features.Admin;

/// <summary>The partner page: the summary plus the items behind each figure.</summary>
internal sealed record PartnerDetail(
    PartnerSummary Summary,
    IReadOnlyList<PayloadIssueView> Issues,
    IReadOnlyList<AgreementSyncView> Agreements,
    IReadOnlyList<OutboxRowView> Outbox);
