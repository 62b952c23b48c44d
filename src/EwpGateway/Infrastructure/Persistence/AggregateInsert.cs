using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Inserts new aggregates whole (root row and every owned row) inside an <see cref="AggregateWriter"/> transaction,
/// with multi-row <c>INSERT</c>s on the write's connection and transaction and without EF's change tracking: one
/// agreement is about twenty rows, and EF prepared, tracked and sent each of them alone, which made storing a batch
/// of partner copies most of the CPU and of the garbage of a reconciliation. Keys of owned rows that own rows are
/// reserved first (SQLite: after the highest one, under the writer's lock; PostgreSQL: from the column's sequence).
/// The aggregates stay untracked; a failure throws and the writer's transaction leaves nothing.
/// </summary>
internal static class AggregateInsert
{
    /// <summary>
    /// Most parameters of one statement: SQLite finds each named parameter by a linear search of the statement's names,
    /// so binding costs the square of their count (900 per statement made that search 12 % of a reconciliation's CPU).
    /// </summary>
    private const int MaxParameters = 120;

    /// <summary>Whether aggregates of <typeparamref name="T"/> can be inserted here (else: through EF).</summary>
    public static bool Supports<T>(GatewayDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Model.FindEntityType(typeof(T)) is { } type && AggregateInsertPlan.For(type) is not null;
    }

    /// <summary>Inserts <paramref name="aggregates"/> (new ones, not tracked by the context).</summary>
    public static async Task InsertAsync<T>(AggregateWrite write, IReadOnlyCollection<T> aggregates, CancellationToken ct)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(write);
        ArgumentNullException.ThrowIfNull(aggregates);
        if (aggregates.Count == 0)
        {
            return;
        }

        var db = write.Db;
        var root = AggregateInsertPlan.For(db.Model.FindEntityType(typeof(T))!)
            ?? throw new NotSupportedException($"{typeof(T).Name} cannot be inserted without EF.");

        // Rows per table, parents before their children.
        var tables = new List<(AggregateInsertPlan Plan, List<InsertRow> Rows)>();
        Collect(root, [.. aggregates.Select(a => new InsertRow(a, null))], tables);
        var connection = db.Database.GetDbConnection();
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("Aggregates are inserted inside the writer's transaction.");
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var (plan, rows) in tables)
        {
            if (plan.ReservedKey is { } key)
            {
                await ReserveAsync(db, connection, transaction, sql, plan, key.GetColumnName(), rows, ct);
            }

            await InsertRowsAsync(connection, transaction, sql, plan, rows, ct);
        }
    }

    private static void Collect(AggregateInsertPlan plan, List<InsertRow> rows, List<(AggregateInsertPlan Plan, List<InsertRow> Rows)> tables)
    {
        if (rows.Count == 0)
        {
            return;
        }

        tables.Add((plan, rows));
        foreach (var (navigation, child) in plan.Children)
        {
            Collect(child, [.. rows.SelectMany(r => AggregateInsertPlan.Elements(navigation, r.Entity).Select(e => new InsertRow(e, r)))], tables);
        }
    }

    private static async Task ReserveAsync(
        GatewayDbContext db, DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, AggregateInsertPlan plan,
        string column, List<InsertRow> rows, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var table = sql.DelimitIdentifier(plan.Table, plan.Schema);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            // The sequence of the identity column: the values are ours whatever other sessions take meanwhile.
            command.CommandText = $"SELECT nextval(pg_get_serial_sequence('{table.Replace("'", "''", StringComparison.Ordinal)}', "
                + $"'{column.Replace("'", "''", StringComparison.Ordinal)}')) FROM generate_series(1, {rows.Count})";
            await using var reader = await command.ExecuteReaderAsync(ct);
            var i = 0;
            while (await reader.ReadAsync(ct))
            {
                rows[i++].ReservedId = reader.GetInt64(0);
            }

            return;
        }

        // SQLite (the writer holds the database's write lock): after the highest key ever given (AUTOINCREMENT's sequence).
        command.CommandText = $"SELECT max(coalesce((SELECT max({sql.DelimitIdentifier(column)}) FROM {table}), 0), "
            + $"coalesce((SELECT seq FROM sqlite_sequence WHERE name = '{plan.Table.Replace("'", "''", StringComparison.Ordinal)}'), 0))";
        var next = Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var row in rows)
        {
            row.ReservedId = ++next;
        }
    }

    private static async Task InsertRowsAsync(
        DbConnection connection, DbTransaction transaction, ISqlGenerationHelper sql, AggregateInsertPlan plan, List<InsertRow> rows, CancellationToken ct)
    {
        var columns = plan.Columns;
        var head = $"INSERT INTO {sql.DelimitIdentifier(plan.Table, plan.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)))}) VALUES ";
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
