using EwpGateway.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>The sync engine tests on SQLite (a temporary database file per test).</summary>
public sealed class SqliteSyncEngineTests : SyncEngineTests, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ewp-sync-" + Guid.NewGuid().ToString("N"));

    private protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private protected override Task<string> CreateDatabaseAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(_folder);
        return Task.FromResult($"Data Source={Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".db")}");
    }
}
