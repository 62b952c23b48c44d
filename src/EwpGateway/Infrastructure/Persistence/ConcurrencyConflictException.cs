namespace EwpGateway.Infrastructure.Persistence;

/// <summary>An update was made against a stale version of an aggregate.</summary>
internal sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message) : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public ConcurrencyConflictException(string aggregateType, string aggregateId, long expectedVersion, long? actualVersion, Exception? innerException = null)
        : base($"{aggregateType} '{aggregateId}' was changed by someone else: expected version {expectedVersion}, current version {(actualVersion is null ? "unknown" : actualVersion)}.", innerException)
    {
        AggregateType = aggregateType;
        AggregateId = aggregateId;
        ExpectedVersion = expectedVersion;
        ActualVersion = actualVersion;
    }

    public string? AggregateType { get; }

    public string? AggregateId { get; }

    public long ExpectedVersion { get; }

    public long? ActualVersion { get; }
}
