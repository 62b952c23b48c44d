using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Reads one blob of a row by its integer key as a stream, without holding it whole: on SQLite through incremental blob
/// I/O (the row id is selected with it), on PostgreSQL through sequential access.
/// </summary>
internal static class BlobColumnReader
{
    /// <summary>Copies <paramref name="column"/> of the row <paramref name="rowId"/> of <paramref name="table"/> to <paramref name="copy"/>.</summary>
    /// <returns>Whether the row exists.</returns>
    public static async Task<bool> CopyAsync(
        GatewayDbContext db, string table, string keyColumn, string column, long rowId, Func<Stream, CancellationToken, Task> copy, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(copy);
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // Table and column names are the caller's constants; the row id is a parameter.
        command.CommandText = $"SELECT \"{keyColumn}\", \"{column}\" FROM \"{table}\" WHERE \"{keyColumn}\" = @id";
#pragma warning restore CA2100
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@id";
        parameter.Value = rowId;
        command.Parameters.Add(parameter);
        await using var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess | CommandBehavior.SingleRow, ct);
        if (!await reader.ReadAsync(ct))
        {
            return false;
        }

        _ = reader.GetInt64(0);
        await using var content = reader.IsDBNull(1) ? Stream.Null : reader.GetStream(1);
        await copy(content, ct);
        return true;
    }
}
