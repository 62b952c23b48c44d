namespace EwpGateway.Infrastructure.Persistence;

/// <summary>One row to insert (<see cref="AggregateInsert"/>): its entity, the row it is owned by, and its reserved key when it has one.</summary>
internal sealed class InsertRow(object entity, InsertRow? parent)
{
    public object Entity => entity;

    public InsertRow? Parent => parent;

    public long ReservedId { get; set; }
}
