using Grpc.Core;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// An idempotency key already used for a different request; the caller gets
/// <see cref="StatusCode.FailedPrecondition"/> (retrying cannot succeed, the key must change).
/// </summary>
internal sealed class IdempotencyKeyReusedException(string idempotencyKey)
    : Exception($"The idempotency key '{idempotencyKey}' was already used for a different request."), IGrpcStatusException
{
    public StatusCode StatusCode => StatusCode.FailedPrecondition;

    public string Detail => Message;
}
