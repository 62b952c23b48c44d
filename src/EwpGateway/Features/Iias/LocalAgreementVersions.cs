using System.Data.Common;
using System.Globalization;
using System.Text;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace EwpGateway.Features.Iias;

/// <summary>
/// The id and version of our own agreements among the ids of an IIAs <c>get</c>: what <see cref="ServedIias"/> checks the
/// agreements it holds against, on every request. One plain SQL query on a pooled connection, without EF's query pipeline
/// (a context, the expression tree, parameter extraction, the materialiser cost several times the query itself); its
/// table and column names and the stored value of <see cref="ProvenanceSource.Local"/> come from the EF model, so it
/// reads exactly what EF maps, on SQLite and PostgreSQL alike.
/// </summary>
internal sealed class LocalAgreementVersions(GatewayDbContextFactory factory)
{
    private const string SourceParameter = "@source";

    private readonly Lazy<Statement> _statement = new(() => Describe(factory));

    /// <summary>Our own agreements among <paramref name="ids"/> (compared exactly), ordered by id as EF orders them.</summary>
    public async Task<IReadOnlyList<(string Id, long Version)>> GetAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var wanted = ids.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var statement = _statement.Value;
        await using var connection = await factory.OpenConnectionAsync(ct);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder(statement.Prefix, statement.Prefix.Length + statement.Suffix.Length + (wanted.Count * 6));
        Add(command, SourceParameter, statement.LocalSource);
        for (var i = 0; i < wanted.Count; i++)
        {
            var name = "@i" + i.ToString(CultureInfo.InvariantCulture);
            sql.Append(i == 0 ? "" : ", ").Append(name);
            Add(command, name, wanted[i]);
        }

        command.CommandText = sql.Append(statement.Suffix).ToString();
        var rows = new List<(string Id, long Version)>(wanted.Count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static Statement Describe(GatewayDbContextFactory factory)
    {
        using var db = factory.CreateDbContext();
        var agreement = db.Model.FindEntityType(typeof(Agreement)) ?? throw Unmapped(nameof(Agreement));
        var table = StoreObjectIdentifier.Table(agreement.GetTableName() ?? throw Unmapped("the agreements table"), agreement.GetSchema());
        var sql = db.GetService<ISqlGenerationHelper>();
        var provenance = agreement.FindNavigation(nameof(Agreement.Provenance))?.TargetEntityType ?? throw Unmapped(nameof(Provenance));
        var source = provenance.FindProperty(nameof(Provenance.Source)) ?? throw Unmapped(nameof(Provenance.Source));
        var local = source.GetTypeMapping().Converter?.ConvertToProvider(ProvenanceSource.Local) ?? ProvenanceSource.Local;
        var id = Column(agreement, nameof(Agreement.Id));
        return new Statement(
            $"SELECT {id}, {Column(agreement, nameof(Agreement.Version))} FROM {sql.DelimitIdentifier(table.Name, table.Schema)} "
                + $"WHERE {Column(provenance, nameof(Provenance.Source))} = {SourceParameter} AND {id} IN (",
            $") ORDER BY {id}",
            local);

        string Column(IEntityType type, string property) => sql.DelimitIdentifier(
            (type.FindProperty(property) ?? throw Unmapped(property)).GetColumnName(table) ?? throw Unmapped(property));
    }

    private static InvalidOperationException Unmapped(string what) => new($"The EF model maps no {what} for the IIAs get's version query.");

    private sealed record Statement(string Prefix, string Suffix, object LocalSource);
}
