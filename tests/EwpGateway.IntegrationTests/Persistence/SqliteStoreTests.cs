using EwpGateway.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>The store tests on SQLite (a temporary database file per test).</summary>
public sealed class SqliteStoreTests : StoreTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ewp-sqlite-" + Guid.NewGuid().ToString("N"));

    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    private protected override Task<string> CreateDatabaseAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult($"Data Source={Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db")}");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
