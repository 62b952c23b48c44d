using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Storage;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Sends rows to one table as multi-row <c>INSERT</c>s on a given connection and transaction, each value bound through
/// its column's EF type mapping (so value conversions apply as EF would apply them). Used where EF's change tracking and
/// one command per row cost more than the insert itself: new partner copies in sync, the communication log.
/// </summary>
internal static class MultiRowInsert
{
    /// <summary>
    /// Most parameters of one statement: SQLite finds each named parameter by a linear search of the statement's names,
    /// so binding costs the square of their count (900 per statement made that search 12 % of a reconciliation's CPU).
    /// </summary>
    public const int MaxParameters = 120;

    /// <summary>Inserts <paramref name="rows"/> into <paramref name="table"/>, <see cref="MaxParameters"/> values per statement at most.</summary>
    public static async Task ExecuteAsync<TRow>(
        DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, string table, string? schema,
        IReadOnlyList<InsertColumn<TRow>> columns, IReadOnlyList<TRow> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var head = $"INSERT INTO {sql.DelimitIdentifier(table, schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
        var perStatement = Math.Max(1, MaxParameters / Math.Max(1, columns.Count));
        foreach (var chunk in rows.Chunk(perStatement))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var text = new StringBuilder(head);
            var n = 0;
            for (var r = 0; r < chunk.Length; r++)
            {
                text.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Count; c++)
                {
                    var name = "p" + n++;
                    text.Append(c == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    var column = columns[c];
                    command.Parameters.Add(column.Mapping.CreateParameter(command, sql.GenerateParameterName(name), column.Value(chunk[r])));
                }

                text.Append(')');
            }

            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }
    }
}
