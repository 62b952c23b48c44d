using EwpGateway.Contracts.V1;
using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Features.Sync;

/// <summary>SyncService of ewp.gateway.v1: streams the change log (not wired yet: the change log is in the persistence branch).</summary>
internal sealed class SyncGrpcService : SyncService.SyncServiceBase
{
    public override Task WatchChanges(WatchChangesRequest request, IServerStreamWriter<ChangeEvent> responseStream, ServerCallContext context)
    {
        SyncRequestValidator.Validate(request);
        throw StorageNotWired.For(nameof(WatchChanges));
    }
}
