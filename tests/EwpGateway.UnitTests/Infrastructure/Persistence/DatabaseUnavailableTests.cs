using System.Net.Sockets;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EwpGateway.UnitTests.Infrastructure.Persistence;

public sealed class DatabaseUnavailableTests
{
    public static TheoryData<Exception, bool> Exceptions => new()
    {
        { new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)), true },
        { new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03"), true },
        { new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"), true },
        { new DbUpdateException("An error occurred while saving.", new NpgsqlException("Exception while reading from stream", new IOException("reset"))), true },
        { new SqliteException("database is locked", 5), true },
        { new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505"), false },
        { new DbUpdateException("An error occurred while saving.", new SqliteException("UNIQUE constraint failed", 19)), false },
        { new InvalidOperationException("Sequence contains no elements"), false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void Is_ProviderException_TrueOnlyForTransientFailures(Exception exception, bool expected) =>
        Assert.Equal(expected, DatabaseUnavailable.Is(exception));
}
