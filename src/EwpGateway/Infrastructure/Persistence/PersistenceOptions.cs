namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Which database the gateway uses (section <c>Database</c>, connection <c>ConnectionStrings:Gateway</c>).</summary>
internal sealed class PersistenceOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "Gateway";
    public const string DefaultConnectionString = "Data Source=data/gateway.db";

    /// <summary><c>Sqlite</c> (embedded, single instance) or <c>Postgres</c>. Default <c>Sqlite</c>.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// The connection string, from <c>ConnectionStrings:Gateway</c>. Default <c>Data Source=data/gateway.db</c>;
    /// a relative SQLite path is relative to the content root, and its folder is created.
    /// </summary>
    public string ConnectionString { get; set; } = DefaultConnectionString;

    /// <summary>Whether migrations are applied at start. Default <c>true</c>.</summary>
    public bool MigrateAtStart { get; set; } = true;
}
