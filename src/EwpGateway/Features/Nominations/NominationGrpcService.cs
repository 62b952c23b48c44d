using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Features.Nominations;

/// <summary>NominationService of ewp.gateway.v1: validates each write, then hands it to the feature's store (not wired yet).</summary>
internal sealed class NominationGrpcService : NominationService.NominationServiceBase
{
    public override Task<Nomination> CreateNomination(CreateNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(CreateNomination));
    }

    public override Task<Nomination> UpdateNomination(UpdateNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(UpdateNomination));
    }

    public override Task<Nomination> GetNomination(GetNominationRequest request, ServerCallContext context)
    {
        throw StorageNotWired.For(nameof(GetNomination));
    }

    public override Task<ListNominationsResponse> ListNominations(ListNominationsRequest request, ServerCallContext context)
    {
        throw StorageNotWired.For(nameof(ListNominations));
    }

    public override Task<Nomination> SubmitNomination(SubmitNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(SubmitNomination));
    }

    public override Task<Nomination> CancelNomination(CancelNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(CancelNomination));
    }

    public override Task<Nomination> AcceptNomination(AcceptNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(AcceptNomination));
    }

    public override Task<Nomination> RejectNomination(RejectNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(RejectNomination));
    }
}
