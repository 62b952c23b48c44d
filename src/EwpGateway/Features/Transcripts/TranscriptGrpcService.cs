using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Features.Transcripts;

/// <summary>TranscriptService of ewp.gateway.v1: validates each write, then hands it to the feature's store (not wired yet).</summary>
internal sealed class TranscriptGrpcService : TranscriptService.TranscriptServiceBase
{
    public override Task<Transcript> PublishTranscript(PublishTranscriptRequest request, ServerCallContext context)
    {
        TranscriptRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(PublishTranscript));
    }

    public override Task<Transcript> GetTranscript(GetTranscriptRequest request, ServerCallContext context)
    {
        throw StorageNotWired.For(nameof(GetTranscript));
    }

    public override Task<ListTranscriptsResponse> ListTranscripts(ListTranscriptsRequest request, ServerCallContext context)
    {
        throw StorageNotWired.For(nameof(ListTranscripts));
    }
}
