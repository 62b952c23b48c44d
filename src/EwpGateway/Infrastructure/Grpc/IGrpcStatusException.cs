using Grpc.Core;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// An exception that knows which gRPC status it means. <see cref="GrpcExceptionInterceptor"/> turns any exception
/// implementing it into an <see cref="RpcException"/> with <see cref="StatusCode"/> and <see cref="Detail"/>, so
/// stores can signal "not found", "conflict" and the like without depending on gRPC types in their signatures.
/// </summary>
internal interface IGrpcStatusException
{
    /// <summary>The status the caller receives.</summary>
    StatusCode StatusCode { get; }

    /// <summary>The status message the caller receives: no internals, only what the caller can act on.</summary>
    string Detail { get; }
}
