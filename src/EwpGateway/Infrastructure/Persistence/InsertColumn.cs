using Microsoft.EntityFrameworkCore.Storage;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>A column of a <see cref="MultiRowInsert"/>: its name, its type mapping (value conversion) and its value for a row.</summary>
internal sealed record InsertColumn<TRow>(string Name, RelationalTypeMapping Mapping, Func<TRow, object?> Value);
