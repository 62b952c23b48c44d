using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Inserts new aggregates whole (root row and every owned row) inside an <see cref="AggregateWriter"/> transaction,
/// with multi-row <c>INSERT</c>s (<see cref="MultiRowInsert"/>) on the write's connection and transaction and without EF's change tracking: one
/// agreement is about twenty rows, and EF prepared, tracked and sent each of them alone, which made storing a batch
/// of partner copies most of the CPU and of the garbage of a reconciliation. Keys of owned rows that own rows are
/// reserved first (SQLite: after the highest one, under the writer's lock; PostgreSQL: from the column's sequence).
/// The aggregates stay untracked; a failure throws and the writer's transaction leaves nothing.
/// </summary>
internal static class AggregateInsert
{
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

            await MultiRowInsert.ExecuteAsync(connection, transaction, sql, plan.Table, plan.Schema, plan.Columns, rows, ct);
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
}
