using Grpc.Core;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>The requested aggregate does not exist; the caller gets <see cref="StatusCode.NotFound"/>.</summary>
internal sealed class ResourceNotFoundException(string resourceType, string id)
    : Exception($"{resourceType} '{id}' was not found."), IGrpcStatusException
{
    public StatusCode StatusCode => StatusCode.NotFound;

    public string Detail => Message;
}
