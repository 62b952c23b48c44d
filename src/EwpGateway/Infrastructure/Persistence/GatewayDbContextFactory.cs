using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Creates a short-lived <see cref="GatewayDbContext"/> of the configured provider; one per unit of work.</summary>
internal sealed class GatewayDbContextFactory(DatabaseProvider provider, string connectionString, IReadOnlyList<IInterceptor>? interceptors = null)
{
    // SQLite (the default, the demo, most tests) runs on the compiled model (CompiledModels/Sqlite): building the model
    // from OnModelCreating took about a second of every start. Regenerate it after a model change (see the README);
    // CompiledModelTests fails until then. PostgreSQL servers are long-lived and keep building theirs.
    private readonly Lazy<PooledDbContextFactory<SqliteGatewayDbContext>> _sqlite = new(() => new(
        Configure(new DbContextOptionsBuilder<SqliteGatewayDbContext>(), interceptors)
            .UseModel(CompiledModels.Sqlite.SqliteGatewayDbContextModel.Instance)
            .UseSqlite(connectionString).AddInterceptors(SqliteConnectionSetup.Instance, DeferredBlobInterceptor.Instance).Options));

    private readonly Lazy<PooledDbContextFactory<PostgresGatewayDbContext>> _postgres = new(() => new(
        Configure(new DbContextOptionsBuilder<PostgresGatewayDbContext>(), interceptors).UseNpgsql(connectionString)
            .AddInterceptors(DeferredBlobInterceptor.Instance).Options));

    public DatabaseProvider Provider => provider;

    public string ConnectionString => connectionString;

    /// <summary>From configuration: a relative SQLite path is made absolute against the content root and its folder created.</summary>
    public static GatewayDbContextFactory FromOptions(IOptions<PersistenceOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var value = options.Value;
        var connectionString = value.Provider == DatabaseProvider.Sqlite
            ? ResolveSqlitePath(value.ConnectionString, environment.ContentRootPath)
            : value.ConnectionString;
        return new GatewayDbContextFactory(value.Provider, connectionString);
    }

    public static string ResolveSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var dataSource = builder.DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || builder.Mode == SqliteOpenMode.Memory
            || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return connectionString;
        }

        var fullPath = Path.GetFullPath(Path.IsPathRooted(dataSource) ? dataSource : Path.Combine(contentRoot, dataSource));
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.DataSource = fullPath;
        return builder.ToString();
    }

    /// <summary>
    /// A context from the pool: contexts are reset and reused rather than built per unit of work, which spares each
    /// short database call (an EWP request, one stored object) the context's set-up and its garbage.
    /// </summary>
    public GatewayDbContext CreateDbContext() => provider switch
    {
        DatabaseProvider.Sqlite => _sqlite.Value.CreateDbContext(),
        DatabaseProvider.Postgres => _postgres.Value.CreateDbContext(),
        _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
    };

    /// <summary>
    /// An open connection of the configured provider from its driver's pool (the one EF's contexts use), set up as theirs
    /// are, for the few queries on every EWP request that are cheaper without EF's query pipeline. Dispose it to return it.
    /// </summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = provider switch
        {
            DatabaseProvider.Sqlite => new SqliteConnection(connectionString),
            DatabaseProvider.Postgres => new NpgsqlConnection(connectionString),
            _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
        };
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (provider == DatabaseProvider.Sqlite)
            {
                await SqliteConnectionSetup.SetUpAsync(connection, cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, IReadOnlyList<IInterceptor>? interceptors)
        where T : DbContext
    {
        // Migrate() would otherwise build the model a second time (design time) and diff it against the migrations'
        // snapshot on every start: about a second of a cold start. MigrationTests.Model_MatchesTheMigrations keeps
        // that check, where it belongs: a model change without its migration fails the tests, not a production start.
        builder.ConfigureWarnings(warnings => warnings.Ignore(RelationalEventId.PendingModelChangesWarning));
        if (interceptors is { Count: > 0 })
        {
            builder.AddInterceptors(interceptors);
        }

        return builder;
    }
}
