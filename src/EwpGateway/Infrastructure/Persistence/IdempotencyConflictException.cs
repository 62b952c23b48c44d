using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A create reused an idempotency key of an earlier, different request. The caller gets <see cref="StatusCode.FailedPrecondition"/>: retrying cannot succeed, the key must change.</summary>
internal sealed class IdempotencyConflictException : Exception, IGrpcStatusException
{
    public IdempotencyConflictException()
    {
    }

    public IdempotencyConflictException(string message) : base(message)
    {
    }

    public IdempotencyConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StatusCode StatusCode => StatusCode.FailedPrecondition;

    public string Detail => Message;
}
