using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Iias;

/// <summary>
/// Filters of <see cref="AgreementStore.ListAsync"/>; null means "any". <c>AcademicYearId</c> keeps the agreements with a
/// cooperation condition whose academic-year range covers that year.
/// </summary>
internal sealed record AgreementFilter(
    string? PartnerHeiId = null,
    bool? InEffect = null,
    bool? TerminatedAsAWhole = null,
    ProvenanceSource? Source = null,
    string? AcademicYearId = null);
