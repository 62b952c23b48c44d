namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A write is not allowed in the aggregate's current state (e.g. accepting a cancelled nomination).</summary>
internal sealed class InvalidStateTransitionException : Exception
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
}
