using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Features.Institutions;

/// <summary>InstitutionService of ewp.gateway.v1: validates each write, then hands it to the feature's store (not wired yet).</summary>
internal sealed class InstitutionGrpcService : InstitutionService.InstitutionServiceBase
{
    public override Task<Institution> UpsertInstitution(UpsertInstitutionRequest request, ServerCallContext context)
    {
        InstitutionRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(UpsertInstitution));
    }

    public override Task<Institution> GetInstitution(GetInstitutionRequest request, ServerCallContext context)
    {
        throw StorageNotWired.For(nameof(GetInstitution));
    }

    public override Task<ListInstitutionsResponse> ListInstitutions(ListInstitutionsRequest request, ServerCallContext context)
    {
        throw StorageNotWired.For(nameof(ListInstitutions));
    }
}
