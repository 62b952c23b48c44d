using Microsoft.EntityFrameworkCore.Storage;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A column of an <see cref="AggregateInsertPlan"/>: its name, its type mapping (value conversion) and its value for a row.</summary>
internal sealed record InsertColumn(string Name, RelationalTypeMapping Mapping, Func<InsertRow, object?> Value);
