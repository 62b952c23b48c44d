using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A write is not allowed in the aggregate's current state (e.g. accepting a cancelled nomination). The caller gets <see cref="StatusCode.FailedPrecondition"/>.</summary>
internal sealed class InvalidStateTransitionException : Exception, IGrpcStatusException
{
    public InvalidStateTransitionException()
    {
    }

    public InvalidStateTransitionException(string message) : base(message)
    {
    }

    public InvalidStateTransitionException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public StatusCode StatusCode => StatusCode.FailedPrecondition;

    public string Detail => Message;
}
