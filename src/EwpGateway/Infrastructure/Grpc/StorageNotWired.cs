using Grpc.Core;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// What an RPC answers until its feature's store is wired in: Unimplemented, after the request was validated, so
/// callers can already rely on the contract and its InvalidArgument answers.
/// </summary>
internal static class StorageNotWired
{
    public static RpcException For(string rpc) =>
        new(new Status(StatusCode.Unimplemented, $"{rpc} is not available yet: its storage is not wired into this gateway."));
}
