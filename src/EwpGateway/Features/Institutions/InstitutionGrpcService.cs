using EwpGateway.Contracts.V1;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using Grpc.Core;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Institutions;

/// <summary>InstitutionService of ewp.gateway.v1 over <see cref="InstitutionStore"/>; institutions are keyed by SCHAC id.</summary>
internal sealed class InstitutionGrpcService(InstitutionStore store, IOptions<EwpHostOptions> host, ChangeSignal changes)
    : InstitutionService.InstitutionServiceBase
{
    public override async Task<Institution> UpsertInstitution(UpsertInstitutionRequest request, ServerCallContext context)
    {
        InstitutionRequestValidator.Validate(request);
        var ct = context.CancellationToken;
        var existing = await store.GetAsync(request.Institution.HeiId, ct);
        var saved = await store.UpsertAsync(InstitutionMapping.ToModel(request.Institution, existing), request.ExpectedVersion, ct);
        changes.Notify();

        // Answer what was stored (timestamps at the database's precision), as a later Get would.
        return InstitutionMapping.ToProto(await store.GetAsync(saved.Id, ct) ?? saved, host.Value.HeiId);
    }

    public override async Task<Institution> GetInstitution(GetInstitutionRequest request, ServerCallContext context)
    {
        RequestViolations.ThrowIfMissing("hei_id", request.HeiId);
        var institution = await store.GetAsync(request.HeiId, context.CancellationToken)
            ?? throw AggregateNotFoundException.For(nameof(Institution), request.HeiId);
        return InstitutionMapping.ToProto(institution, host.Value.HeiId);
    }

    public override async Task<ListInstitutionsResponse> ListInstitutions(ListInstitutionsRequest request, ServerCallContext context)
    {
        var page = await store.ListAsync(
            CommonMapping.Optional(request.Query.Trim()), CommonMapping.PageSize(request.Page), CommonMapping.PageToken(request.Page),
            context.CancellationToken);
        return new ListInstitutionsResponse
        {
            Institutions = { page.Items.Select(i => InstitutionMapping.ToProto(i, host.Value.HeiId)) },
            Page = CommonMapping.ToPageResponse(page.NextPageToken),
        };
    }
}
