namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A create reused an idempotency key of an earlier, different request.</summary>
internal sealed class IdempotencyConflictException : Exception
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
}
