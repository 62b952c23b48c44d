namespace EwpGateway.Infrastructure.Persistence;

/// <summary>The database engine (<c>Database:Provider</c>).</summary>
internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
