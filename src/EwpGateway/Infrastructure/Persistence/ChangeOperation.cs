namespace EwpGateway.Infrastructure.Persistence;

/// <summary>What happened to an aggregate.</summary>
internal enum ChangeOperation
{
    Created,
    Updated,
    Deleted,
}
