using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>An update was made against a stale version of an aggregate. The caller gets <see cref="StatusCode.Aborted"/> with the current version: it re-reads and retries.</summary>
internal sealed class ConcurrencyConflictException : Exception, IGrpcStatusException
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

    public StatusCode StatusCode => StatusCode.Aborted;

    public string Detail => Message;
}
