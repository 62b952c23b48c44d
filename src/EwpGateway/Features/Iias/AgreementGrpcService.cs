using EwpGateway.Contracts.V1;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Iias;

/// <summary>AgreementService of ewp.gateway.v1: validates each request, maps it to the canonical model and hands it to <see cref="AgreementStore"/>.</summary>
internal sealed class AgreementGrpcService(AgreementStore store, IOptions<EwpHostOptions> host, ChangeSignal changes)
    : AgreementService.AgreementServiceBase
{
    public override async Task<Agreement> CreateAgreement(CreateAgreementRequest request, ServerCallContext context)
    {
        AgreementRequestValidator.Validate(request);
        var created = await store.CreateAsync(AgreementMapping.ToModel(request.Agreement), request.IdempotencyKey, context.CancellationToken);
        changes.Notify();
        return AgreementMapping.ToProto(created);
    }

    public override async Task<Agreement> UpdateAgreement(UpdateAgreementRequest request, ServerCallContext context)
    {
        AgreementRequestValidator.Validate(request);
        var existing = await LoadAsync(request.Agreement.Id, context.CancellationToken);
        AgreementMapping.ApplyTo(existing, request.Agreement);
        return await SavedAsync(store.UpdateAsync(existing, request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
    }

    public override async Task<Agreement> GetAgreement(GetAgreementRequest request, ServerCallContext context)
    {
        RequestViolations.ThrowIfMissing("id", request.Id);
        return AgreementMapping.ToProto(await LoadAsync(request.Id, context.CancellationToken));
    }

    public override async Task<ListAgreementsResponse> ListAgreements(ListAgreementsRequest request, ServerCallContext context)
    {
        var violations = new RequestViolations();
        violations.SchacId("partner_hei_id", request.PartnerHeiId, required: false);
        violations.AcademicYear("academic_year_id", request.AcademicYearId, required: false);
        violations.ThrowIfAny();
        var filter = new AgreementFilter(
            PartnerHeiId: CommonMapping.Optional(request.PartnerHeiId),
            TerminatedAsAWhole: request.IncludeTerminated ? null : false,
            Source: CommonMapping.ToModel(request.Origin),
            AcademicYearId: CommonMapping.Optional(request.AcademicYearId));
        var page = await store.ListAsync(
            filter, CommonMapping.PageSize(request.Page), CommonMapping.PageToken(request.Page), context.CancellationToken);
        return new ListAgreementsResponse
        {
            Agreements = { page.Items.Select(AgreementMapping.ToProto) },
            Page = CommonMapping.ToPageResponse(page.NextPageToken),
        };
    }

    public override async Task<Agreement> ApproveAgreement(ApproveAgreementRequest request, ServerCallContext context)
    {
        AgreementRequestValidator.Validate(request);
        var existing = await LoadAsync(request.Id, context.CancellationToken);

        // The version check of the write makes this comparison safe: a changed hash means a changed version.
        if (!string.Equals(existing.IiaHash, request.IiaHash, StringComparison.Ordinal))
        {
            throw new InvalidStateTransitionException(
                $"Agreement '{request.Id}' has iia-hash '{existing.IiaHash}', not '{request.IiaHash}': approve the current version.");
        }

        return await SavedAsync(
            store.ApproveAsync(request.Id, host.Value.HeiId, request.IiaHash, request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
    }

    public override async Task<Agreement> TerminateAgreement(TerminateAgreementRequest request, ServerCallContext context)
    {
        AgreementRequestValidator.Validate(request);
        return await SavedAsync(store.TerminateAsync(request.Id, CommonMapping.Optional(request.Reason), request.ExpectedVersion, context.CancellationToken), context.CancellationToken);
    }

    /// <summary>Answers what was stored (timestamps at the database's precision), as a later Get would.</summary>
    private async Task<Agreement> SavedAsync(Task<Infrastructure.Persistence.Model.Agreement> write, CancellationToken ct)
    {
        var saved = await write;
        changes.Notify();
        return AgreementMapping.ToProto(await store.GetAsync(saved.Id, ct) ?? saved);
    }

    private async Task<Infrastructure.Persistence.Model.Agreement> LoadAsync(string id, CancellationToken ct) =>
        await store.GetAsync(id, ct) ?? throw AggregateNotFoundException.For(nameof(Agreement), id);
}
