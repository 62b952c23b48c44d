namespace EwpGateway.Features.Iias;

/// <summary>Filters of <see cref="AgreementStore.ListAsync"/>; null means "any".</summary>
internal sealed record AgreementFilter(string? PartnerHeiId = null, bool? InEffect = null, bool? TerminatedAsAWhole = null);
