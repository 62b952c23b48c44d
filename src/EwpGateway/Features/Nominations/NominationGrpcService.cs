using EwpGateway.Contracts.V1;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Persistence;
using Grpc.Core;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// NominationService of ewp.gateway.v1 over <see cref="NominationStore"/>. A created nomination is a draft (no CNR,
/// invisible to the partner); SubmitNomination makes it pending and queues the receiving HEI's CNR.
/// </summary>
internal sealed class NominationGrpcService(NominationStore store, ChangeSignal changes) : NominationService.NominationServiceBase
{
    public override async Task<Nomination> CreateNomination(CreateNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        var created = await store.CreateAsync(NominationMapping.ToModel(request.Nomination), request.IdempotencyKey, context.CancellationToken);
        changes.Notify();
        return NominationMapping.ToProto(created);
    }

    public override async Task<Nomination> UpdateNomination(UpdateNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        var existing = await LoadAsync(request.Nomination.Id, context.CancellationToken);
        if (existing.Status is not (Model.NominationStatus.Draft or Model.NominationStatus.Nominated))
        {
            throw new InvalidStateTransitionException(
                $"Nomination '{existing.Id}' is {existing.Status}: only a draft or pending nomination can be updated.");
        }

        NominationMapping.ApplyTo(existing, request.Nomination);
        return await SavedAsync(store.UpdateAsync(existing, request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
    }

    public override async Task<Nomination> GetNomination(GetNominationRequest request, ServerCallContext context)
    {
        RequestViolations.ThrowIfMissing("id", request.Id);
        return NominationMapping.ToProto(await LoadAsync(request.Id, context.CancellationToken));
    }

    public override async Task<ListNominationsResponse> ListNominations(ListNominationsRequest request, ServerCallContext context)
    {
        var violations = new RequestViolations();
        violations.SchacId("partner_hei_id", request.PartnerHeiId, required: false);
        violations.AcademicYear("receiving_academic_year_id", request.ReceivingAcademicYearId, required: false);
        violations.ThrowIfAny();
        var token = CommonMapping.PageToken(request.Page);
        var status = NominationMapping.ToModel(request.Status);
        var filter = new NominationFilter(
            NominationMapping.ToModel(request.Direction),
            status,
            CommonMapping.Optional(request.PartnerHeiId),
            CommonMapping.Optional(request.ReceivingAcademicYearId));
        var page = await store.ListAsync(filter, CommonMapping.PageSize(request.Page), token, context.CancellationToken);
        return new ListNominationsResponse
        {
            Nominations = { page.Items.Select(NominationMapping.ToProto) },
            Page = CommonMapping.ToPageResponse(page.NextPageToken),
        };
    }

    /// <summary>Sends an outgoing draft to the receiving HEI: it becomes pending and its CNR is queued.</summary>
    public override async Task<Nomination> SubmitNomination(SubmitNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        return await SavedAsync(store.SubmitAsync(request.Id, request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
    }

    public override async Task<Nomination> CancelNomination(CancelNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        return await SavedAsync(store.CancelAsync(
            request.Id, CommonMapping.Optional(request.Comment), request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
    }

    public override async Task<Nomination> AcceptNomination(AcceptNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        await RequireCurrentProposalAsync(request.Id, request.ProposalId, context.CancellationToken);
        return await SavedAsync(store.AcceptAsync(request.Id, null, request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
    }

    public override async Task<Nomination> RejectNomination(RejectNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        await RequireCurrentProposalAsync(request.Id, request.ProposalId, context.CancellationToken);
        return await SavedAsync(store.RejectAsync(request.Id, request.Comment, request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
    }

    /// <summary>The write's version check makes this safe: another proposal means another version.</summary>
    private async Task RequireCurrentProposalAsync(string id, string proposalId, CancellationToken ct)
    {
        var existing = await LoadAsync(id, ct);
        if (!string.Equals(existing.CurrentProposalId, proposalId, StringComparison.Ordinal))
        {
            throw new InvalidStateTransitionException(
                $"Nomination '{id}' has proposal '{existing.CurrentProposalId}', not '{proposalId}': decide on the current proposal.");
        }
    }

    /// <summary>Answers what was stored (timestamps at the database's precision), as a later Get would.</summary>
    private async Task<Nomination> SavedAsync(Task<Model.Nomination> write, CancellationToken ct)
    {
        var saved = await write;
        changes.Notify();
        return NominationMapping.ToProto(await store.GetAsync(saved.Id, ct) ?? saved);
    }

    private async Task<Model.Nomination> LoadAsync(string id, CancellationToken ct) =>
        await store.GetAsync(id, ct) ?? throw AggregateNotFoundException.For(nameof(Nomination), id);
}
