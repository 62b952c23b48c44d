using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
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

    // Statement texts by table, columns and number of rows; the partner-copy and log tables give a few dozen in all.
    private static readonly ConcurrentDictionary<(ISqlGenerationHelper Sql, string Head, int Columns, int Rows), string> Texts = new();

    // Parameter names (p0, p1, ...) and their placeholders as each provider writes them, made once.
    private static readonly ConcurrentDictionary<ISqlGenerationHelper, (string[] Names, string[] Placeholders)> Names = new();

    /// <summary>
    /// Inserts <paramref name="rows"/> into <paramref name="table"/>, <see cref="MaxParameters"/> values per statement at
    /// most. Statements of the same number of rows share one command, so that the provider prepares the statement once
    /// and only binds new values (parsing it again took about 3 % of a reconciliation's CPU).
    /// </summary>
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
        var (names, placeholders) = Names.GetOrAdd(sql, helper => NamesOf(helper, MaxParameters));
        if (names.Length < perStatement * columns.Count)
        {
            // A table of more columns than MaxParameters: one row per statement, with as many names.
            (names, placeholders) = Names[sql] = NamesOf(sql, perStatement * columns.Count);
        }

        DbCommand? command = null;
        try
        {
            for (var first = 0; first < rows.Count; first += perStatement)
            {
                var count = Math.Min(perStatement, rows.Count - first);
                var text = Texts.GetOrAdd((sql, head, columns.Count, count), key => Text(key.Head, key.Columns, key.Rows, placeholders));
                if (command?.CommandText != text)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }

                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = text;
                }

                command.Parameters.Clear();
                var n = 0;
                for (var r = first; r < first + count; r++)
                {
                    foreach (var column in columns)
                    {
                        command.Parameters.Add(column.Mapping.CreateParameter(command, names[n++], column.Value(rows[r])));
                    }
                }

                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static (string[] Names, string[] Placeholders) NamesOf(ISqlGenerationHelper sql, int count)
    {
        var names = new string[count];
        var placeholders = new string[count];
        for (var i = 0; i < count; i++)
        {
            var name = "p" + i.ToString(CultureInfo.InvariantCulture);
            names[i] = sql.GenerateParameterName(name);
            placeholders[i] = sql.GenerateParameterNamePlaceholder(name);
        }

        return (names, placeholders);
    }

    /// <summary><paramref name="head"/> followed by <paramref name="rows"/> rows of placeholders.</summary>
    private static string Text(string head, int columns, int rows, string[] placeholders)
    {
        var text = new StringBuilder(head);
        for (var r = 0; r < rows; r++)
        {
            text.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns; c++)
            {
                text.Append(c == 0 ? "" : ", ").Append(placeholders[(r * columns) + c]);
            }

            text.Append(')');
        }

        return text.ToString();
    }
}
