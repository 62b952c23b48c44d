using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Nominations;

/// <summary>Filters of <see cref="NominationStore.ListAsync"/>; null means "any".</summary>
internal sealed record NominationFilter(
    NominationDirection? Direction = null,
    NominationStatus? Status = null,
    string? PartnerHeiId = null,
    string? ReceivingAcademicYearId = null);
