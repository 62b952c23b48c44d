using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Sets up every opened SQLite connection. <c>busy_timeout</c>: a writer that finds the database locked by another
/// writer waits inside SQLite, retrying after a millisecond or so, instead of failing to Microsoft.Data.Sqlite, whose own
/// retry sleeps 150 ms each time (two concurrent partner fetches then spent most of their time asleep).
/// <c>synchronous=NORMAL</c>: With the write-ahead log (see
/// <see cref="DatabaseMigrator"/>) a commit then appends to the log without waiting for the disk; the database stays
/// consistent after any crash, and a process killed mid-write loses nothing, but an operating-system crash or power
/// loss may undo the last commits before a checkpoint. Waiting for an fsync per commit made storing a partner's
/// agreements one by one disk-bound (milliseconds each); PostgreSQL, the production database, is not affected.
/// </summary>
internal sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    public static readonly SqliteConnectionSetup Instance = new();

    private const string Pragmas = "PRAGMA busy_timeout=30000; PRAGMA synchronous=NORMAL;";

    // The settings live on the physical connection, which the pool hands out again and again: set them once each.
    private static readonly ConditionalWeakTable<sqlite3, object> Done = [];

    private SqliteConnectionSetup()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (NeedsSetUp(connection, out var handle))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
            Done.AddOrUpdate(handle, Done);
        }
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SetUpAsync(connection, cancellationToken);

    /// <summary>Sets up a connection opened outside EF (see <see cref="GatewayDbContextFactory.OpenConnectionAsync"/>) as EF's are.</summary>
    public static async Task SetUpAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (NeedsSetUp(connection, out var handle))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Done.AddOrUpdate(handle, Done);
        }
    }

    private static bool NeedsSetUp(DbConnection connection, out sqlite3 handle)
    {
        ArgumentNullException.ThrowIfNull(connection);
        handle = ((SqliteConnection)connection).Handle!;
        return handle is not null && !Done.TryGetValue(handle, out _);
    }
}
