using EwpGateway.Contracts.V1;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Persistence;
using Grpc.Core;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// NominationService of ewp.gateway.v1 over <see cref="NominationStore"/>. The canonical model has no draft status:
/// a created nomination is pending at once (its CNR queued), and SubmitNomination sends a pending one again.
/// </summary>
internal sealed class NominationGrpcService(NominationStore store, ChangeSignal changes) : NominationService.NominationServiceBase
{
    public override async Task<Nomination> CreateNomination(CreateNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        var created = await store.SubmitAsync(NominationMapping.ToModel(request.Nomination), request.IdempotencyKey, context.CancellationToken);
        changes.Notify();
        return NominationMapping.ToProto(created);
    }

    public override async Task<Nomination> UpdateNomination(UpdateNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        var existing = await LoadAsync(request.Nomination.Id, context.CancellationToken);
        RequirePending(existing, "updated");
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
        if (request.Status != NominationStatus.Unspecified && status is null)
        {
            // Drafts are never stored (see the class summary), so a DRAFT filter matches nothing.
            return new ListNominationsResponse { Page = CommonMapping.ToPageResponse(null) };
        }

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

    /// <summary>Sends a pending outgoing nomination to the receiving HEI (again): a new version with its CNR queued.</summary>
    public override async Task<Nomination> SubmitNomination(SubmitNominationRequest request, ServerCallContext context)
    {
        NominationRequestValidator.Validate(request);
        var existing = await LoadAsync(request.Id, context.CancellationToken);
        if (existing.Direction != Model.NominationDirection.Outgoing)
        {
            throw new InvalidStateTransitionException($"Nomination '{request.Id}' is incoming: only the sending HEI submits it.");
        }

        RequirePending(existing, "submitted");
        return await SavedAsync(store.UpdateAsync(existing, request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
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

    private static void RequirePending(Model.Nomination nomination, string action)
    {
        if (nomination.Status != Model.NominationStatus.Nominated)
        {
            throw new InvalidStateTransitionException($"Nomination '{nomination.Id}' is {nomination.Status}: only a pending nomination can be {action}.");
        }
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
