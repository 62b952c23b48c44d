using EwpGateway.Infrastructure.Grpc;
using Grpc.Core;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A write named an aggregate that does not exist. The caller gets <see cref="StatusCode.NotFound"/>.</summary>
internal sealed class AggregateNotFoundException : Exception, IGrpcStatusException
{
    public AggregateNotFoundException()
    {
    }

    public AggregateNotFoundException(string message) : base(message)
    {
    }

    public AggregateNotFoundException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public static AggregateNotFoundException For(string aggregateType, string id) => new($"{aggregateType} '{id}' does not exist.");

    public StatusCode StatusCode => StatusCode.NotFound;

    public string Detail => Message;
}
