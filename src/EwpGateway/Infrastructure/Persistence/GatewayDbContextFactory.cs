using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Creates a short-lived <see cref="GatewayDbContext"/> of the configured provider; one per unit of work.</summary>
internal sealed class GatewayDbContextFactory(DatabaseProvider provider, string connectionString, IReadOnlyList<IInterceptor>? interceptors = null)
{
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

    public GatewayDbContext CreateDbContext() => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteGatewayDbContext(Configure(new DbContextOptionsBuilder<SqliteGatewayDbContext>()
            .UseSqlite(connectionString)).Options),
        DatabaseProvider.Postgres => new PostgresGatewayDbContext(Configure(new DbContextOptionsBuilder<PostgresGatewayDbContext>()
            .UseNpgsql(connectionString)).Options),
        _ => throw new InvalidOperationException($"Unknown database provider {provider}."),
    };

    private DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder)
        where T : DbContext
    {
        if (interceptors is { Count: > 0 })
        {
            builder.AddInterceptors(interceptors);
        }

        return builder;
    }
}
