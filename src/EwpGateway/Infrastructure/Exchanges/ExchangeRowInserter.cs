using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>
/// Inserts a batch of exchanges in one transaction with multi-row <c>INSERT</c>s (<see cref="MultiRowInsert"/>) on a
/// pooled connection: every EWP request adds a row, and EF's change tracking and per-row commands cost several times the
/// insert itself. The table, the columns (every mapped property but the generated key) and their type mappings come from
/// the EF model, so the rows are stored exactly as EF would store them, on SQLite and PostgreSQL alike.
/// </summary>
internal sealed class ExchangeRowInserter(GatewayDbContextFactory factory)
{
    private readonly Lazy<Statement> _statement = new(() => Describe(factory));

    public async Task InsertAsync(IReadOnlyList<Exchange> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var statement = _statement.Value;
        await using var connection = await factory.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await MultiRowInsert.ExecuteAsync(connection, transaction, statement.Sql, statement.Table, statement.Schema, statement.Columns, rows, ct);
        await transaction.CommitAsync(ct);
    }

    private static Statement Describe(GatewayDbContextFactory factory)
    {
        using var db = factory.CreateDbContext();
        var entity = db.Model.FindEntityType(typeof(Exchange)) ?? throw new InvalidOperationException("The EF model maps no Exchange.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName() ?? throw new InvalidOperationException("Exchange has no table."), entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never && p.PropertyInfo is not null)
            .Select(p =>
            {
                var getter = p.GetGetter();
                return new InsertColumn<Exchange>(
                    p.GetColumnName(table) ?? throw new InvalidOperationException($"Exchange.{p.Name} has no column."),
                    p.GetRelationalTypeMapping(),
                    row => getter.GetClrValue(row));
            })
            .ToList();
        return new Statement(db.GetService<ISqlGenerationHelper>(), table.Name, table.Schema, columns);
    }

    private sealed record Statement(ISqlGenerationHelper Sql, string Table, string? Schema, IReadOnlyList<InsertColumn<Exchange>> Columns);
}
