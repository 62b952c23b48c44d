using System.Data.Common;
using System.Globalization;
using System.Text;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>
/// Inserts a batch of exchanges in one transaction with multi-row <c>INSERT</c>s on a pooled connection: every EWP request
/// adds a row, and EF's change tracking and per-row commands cost several times the insert itself. The table, the
/// columns (every mapped property but the generated key) and their value conversions come from the EF model, so the rows
/// are stored exactly as EF would store them, on SQLite and PostgreSQL alike.
/// </summary>
internal sealed class ExchangeRowInserter(GatewayDbContextFactory factory)
{
    // Well under SQLite's 32,766 and PostgreSQL's 65,535 parameters per statement.
    private const int MaxParameters = 8000;

    private readonly Lazy<Statement> _statement = new(() => Describe(factory));

    public async Task InsertAsync(IReadOnlyList<Exchange> rows, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
        {
            return;
        }

        var statement = _statement.Value;
        var perCommand = Math.Max(1, MaxParameters / statement.Columns.Count);
        await using var connection = await factory.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        for (var start = 0; start < rows.Count; start += perCommand)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            var sql = new StringBuilder(statement.Prefix);
            var end = Math.Min(rows.Count, start + perCommand);
            for (var r = start; r < end; r++)
            {
                sql.Append(r == start ? "(" : ", (");
                for (var c = 0; c < statement.Columns.Count; c++)
                {
                    var column = statement.Columns[c];
                    var name = string.Create(CultureInfo.InvariantCulture, $"@p{r - start}_{c}");
                    sql.Append(c == 0 ? "" : ", ").Append(name);
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = name;
                    parameter.Value = column.Read(rows[r]);
                    command.Parameters.Add(parameter);
                }

                sql.Append(')');
            }

            command.CommandText = sql.ToString();
            await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
    }

    private static Statement Describe(GatewayDbContextFactory factory)
    {
        using var db = factory.CreateDbContext();
        var entity = db.Model.FindEntityType(typeof(Exchange)) ?? throw new InvalidOperationException("The EF model maps no Exchange.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName() ?? throw new InvalidOperationException("Exchange has no table."), entity.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never && p.PropertyInfo is not null)
            .Select(p => new Column(
                sql.DelimitIdentifier(p.GetColumnName(table) ?? throw new InvalidOperationException($"Exchange.{p.Name} has no column.")),
                p.PropertyInfo!,
                p.GetTypeMapping().Converter))
            .ToList();
        return new Statement(
            $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ",
            columns);
    }

    private sealed record Statement(string Prefix, IReadOnlyList<Column> Columns);

    private sealed record Column(string Name, System.Reflection.PropertyInfo Property, ValueConverter? Converter)
    {
        public object Read(Exchange row)
        {
            var value = Property.GetValue(row);
            if (value is not null && Converter is not null)
            {
                value = Converter.ConvertToProvider(value);
            }

            return value ?? DBNull.Value;
        }
    }
}
