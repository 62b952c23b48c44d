using System.Buffers;
using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Writes one blob of a row that is already saved, from a stream, without holding it whole (the inverse of
/// <see cref="BlobColumnReader"/>), inside the context's current transaction. On SQLite the column is set to a
/// <c>zeroblob</c> of the content's length and then written through incremental blob I/O; on PostgreSQL the content is
/// the value of a <c>bytea</c> parameter, which Npgsql sends from the stream in chunks.
/// </summary>
internal static class BlobColumnWriter
{
    private const int ChunkBytes = 64 * 1024;

    /// <summary>
    /// Sets <paramref name="column"/> of the row of <paramref name="table"/> whose <paramref name="keyColumn"/> is
    /// <paramref name="key"/> to what <paramref name="content"/> holds from its position to its end (a seekable stream).
    /// </summary>
    /// <returns>Whether the row exists.</returns>
    public static async Task<bool> WriteAsync(
        GatewayDbContext db, string table, string keyColumn, string column, object key, Stream content, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(content);
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        await using var command = connection.CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var length = content.Length - content.Position;
        Add(command, "@key", key);
#pragma warning disable CA2100 // Table and column names are the caller's constants; the values are parameters.
        if (db.Provider == DatabaseProvider.Sqlite)
        {
            command.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = zeroblob(@length) WHERE \"{keyColumn}\" = @key RETURNING rowid";
            Add(command, "@length", length);
            if (await command.ExecuteScalarAsync(ct) is not long rowId)
            {
                return false;
            }

            await using var blob = new SqliteBlob((SqliteConnection)connection, table, column, rowId, readOnly: false);
            await CopyAsync(content, blob, length, ct);
            return true;
        }

        command.CommandText = $"UPDATE \"{table}\" SET \"{column}\" = @content WHERE \"{keyColumn}\" = @key";
#pragma warning restore CA2100
        // A seekable stream: Npgsql sizes the value from it and copies it to the connection a buffer at a time.
        command.Parameters.Add(new NpgsqlParameter("content", NpgsqlDbType.Bytea) { Value = content });
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static async Task CopyAsync(Stream source, Stream target, long length, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            var left = length;
            while (left > 0)
            {
                var read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(ChunkBytes, left)), ct);
                if (read == 0)
                {
                    throw new EndOfStreamException($"The content ended {left} bytes before its announced length.");
                }

                await target.WriteAsync(buffer.AsMemory(0, read), ct);
                left -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
