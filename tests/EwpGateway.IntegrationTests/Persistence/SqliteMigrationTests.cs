using EwpGateway.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace EwpGateway.IntegrationTests.Persistence;

public sealed class SqliteMigrationTests : MigrationTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "ewp-migrate-" + Guid.NewGuid().ToString("N") + ".db");

    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private protected override string Instant => "0";

    private protected override Task<string> CreateDatabaseAsync(CancellationToken ct) => Task.FromResult($"Data Source={_path}");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
