using EwpGateway.Contracts.V1;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Grpc;
using EwpGateway.Infrastructure.Persistence;
using Grpc.Core;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Features.Transcripts;

/// <summary>TranscriptService of ewp.gateway.v1 over <see cref="TranscriptStore"/>: one transcript per nomination, published or replaced.</summary>
internal sealed class TranscriptGrpcService(TranscriptStore store, NominationStore nominations, ChangeSignal changes)
    : TranscriptService.TranscriptServiceBase
{
    public override async Task<Transcript> PublishTranscript(PublishTranscriptRequest request, ServerCallContext context)
    {
        TranscriptRequestValidator.Validate(request);
        var ct = context.CancellationToken;
        var nomination = await nominations.GetAsync(request.Transcript.NominationId, ct)
            ?? throw AggregateNotFoundException.For(nameof(Nomination), request.Transcript.NominationId);
        var transcript = TranscriptMapping.ToModel(request.Transcript, nomination);
        var existing = await FindAsync(transcript.OmobilityId, ct);
        Model.Transcript saved;
        if (request.ExpectedVersion == 0)
        {
            if (existing is not null)
            {
                // A retried first publish finds the transcript it created: it gets the same answer, not a conflict.
                return SameContent(existing, transcript)
                    ? TranscriptMapping.ToProto(existing, nomination.Id)
                    : throw new ConcurrencyConflictException(nameof(Transcript), existing.Id, 0, existing.Version);
            }

            saved = await store.PublishAsync(transcript, request.IdempotencyKey, ct);
        }
        else
        {
            transcript.Id = existing?.Id
                ?? throw AggregateNotFoundException.For(nameof(Transcript), $"of nomination {request.Transcript.NominationId}");
            transcript.Provenance = existing.Provenance;
            var updated = await store.UpdateAsync(transcript, request.ExpectedVersion, ct);

            // Answer what was stored (timestamps at the database's precision), as a later Get would.
            saved = await store.GetAsync(updated.Id, ct) ?? updated;
        }

        changes.Notify();
        return TranscriptMapping.ToProto(saved, nomination.Id);
    }

    public override async Task<Transcript> GetTranscript(GetTranscriptRequest request, ServerCallContext context)
    {
        RequestViolations.ThrowIfMissing("id", request.Id);
        var transcript = await store.GetAsync(request.Id, context.CancellationToken)
            ?? throw AggregateNotFoundException.For(nameof(Transcript), request.Id);
        return await ToProtoAsync(transcript, context.CancellationToken);
    }

    public override async Task<ListTranscriptsResponse> ListTranscripts(ListTranscriptsRequest request, ServerCallContext context)
    {
        var violations = new RequestViolations();
        violations.SchacId("issuer_hei_id", request.IssuerHeiId, required: false);
        violations.ThrowIfAny();
        var ct = context.CancellationToken;
        var token = CommonMapping.PageToken(request.Page);
        string? omobilityId = null;
        if (!string.IsNullOrEmpty(request.NominationId))
        {
            var nomination = await nominations.GetAsync(request.NominationId, ct);
            if (nomination is null)
            {
                return new ListTranscriptsResponse { Page = CommonMapping.ToPageResponse(null) };
            }

            omobilityId = TranscriptMapping.OmobilityId(nomination);
        }

        var filter = new TranscriptFilter(OmobilityId: omobilityId, ReceivingHeiId: CommonMapping.Optional(request.IssuerHeiId));
        var page = await store.ListAsync(filter, CommonMapping.PageSize(request.Page), token, ct);
        var response = new ListTranscriptsResponse { Page = CommonMapping.ToPageResponse(page.NextPageToken) };
        foreach (var transcript in page.Items)
        {
            response.Transcripts.Add(await ToProtoAsync(transcript, ct));
        }

        return response;
    }

    private async Task<Model.Transcript?> FindAsync(string omobilityId, CancellationToken ct) =>
        (await store.ListAsync(new TranscriptFilter(OmobilityId: omobilityId), 1, null, ct)).Items.FirstOrDefault();

    private async Task<Transcript> ToProtoAsync(Model.Transcript transcript, CancellationToken ct)
    {
        var nomination = await nominations.FindByOmobilityIdAsync(transcript.OmobilityId, ct);
        return TranscriptMapping.ToProto(transcript, nomination?.Id ?? "");
    }

    /// <summary>Compared as the caller would see them (decimal scales and store-assigned fields aside).</summary>
    private static bool SameContent(Model.Transcript stored, Model.Transcript requested)
    {
        static Transcript Content(Model.Transcript t)
        {
            var proto = TranscriptMapping.ToProto(t, "");
            proto.Id = "";
            proto.Version = 0;
            proto.Provenance = null;
            proto.CreatedAt = null;
            proto.UpdatedAt = null;
            return proto;
        }

        return Content(stored).Equals(Content(requested));
    }
}
