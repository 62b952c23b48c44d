using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Features.Iias;

/// <summary>AgreementService of ewp.gateway.v1: validates each write, then hands it to the feature's store (not wired yet).</summary>
internal sealed class AgreementGrpcService : AgreementService.AgreementServiceBase
{
    public override Task<Agreement> CreateAgreement(CreateAgreementRequest request, ServerCallContext context)
    {
        AgreementRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(CreateAgreement));
    }

    public override Task<Agreement> UpdateAgreement(UpdateAgreementRequest request, ServerCallContext context)
    {
        AgreementRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(UpdateAgreement));
    }

    public override Task<Agreement> GetAgreement(GetAgreementRequest request, ServerCallContext context)
    {
        throw StorageNotWired.For(nameof(GetAgreement));
    }

    public override Task<ListAgreementsResponse> ListAgreements(ListAgreementsRequest request, ServerCallContext context)
    {
        throw StorageNotWired.For(nameof(ListAgreements));
    }

    public override Task<Agreement> ApproveAgreement(ApproveAgreementRequest request, ServerCallContext context)
    {
        AgreementRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(ApproveAgreement));
    }

    public override Task<Agreement> TerminateAgreement(TerminateAgreementRequest request, ServerCallContext context)
    {
        AgreementRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(TerminateAgreement));
    }
}
