namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A write named an aggregate that does not exist.</summary>
internal sealed class AggregateNotFoundException : Exception
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
}
