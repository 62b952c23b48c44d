using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Tells a database that is unavailable for now (down, restarting, refusing or dropping connections, locked past the
/// timeout) from a bug, so that the protocol error mappings answer "temporarily unavailable, try again" (EWP 503, gRPC
/// Unavailable) instead of "server error".
/// </summary>
internal static class DatabaseUnavailable
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// True when <paramref name="exception"/> or an exception it wraps (EF Core wraps provider errors) is a transient
    /// database failure: a provider exception that says so (Npgsql: connection and I/O failures, the server shutting
    /// down or starting up, too many connections) or SQLite busy or locked.
    /// </summary>
    public static bool Is(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException { IsTransient: true } or SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked })
            {
                return true;
            }
        }

        return false;
    }
}
