using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Applies the pending migrations of the configured provider (never <c>EnsureCreated</c>). A SQLite database is put in
/// write-ahead-log mode (kept in the file): readers then never wait for a writer, and a commit costs one log append
/// instead of rewriting a rollback journal, which in the default mode blocked every EWP read behind each write.
/// </summary>
internal sealed class DatabaseMigrator(GatewayDbContextFactory factory, ILogger<DatabaseMigrator> logger)
{
    /// <returns>The names of the migrations applied now (empty when the schema was up to date).</returns>
    public async Task<IReadOnlyList<string>> MigrateAsync(CancellationToken ct)
    {
        await using var db = factory.CreateDbContext();
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            // Migrating would fail half-way on tables that exist already, or drop what a newer build added: touch nothing.
            throw new DatabaseSchemaException(
                $"The {factory.Provider} database was migrated by another build: it has {unknown.Count} migration(s) this build does not know "
                + $"({string.Join(", ", unknown.Take(3))}{(unknown.Count > 3 ? ", ..." : "")}). Run the build that created it, or point "
                + "ConnectionStrings:Gateway at a new database (the pre-release migrations were merged into one on 2026-11-23).");
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        if (factory.Provider == DatabaseProvider.Sqlite)
        {
            // Answers "memory" for an in-memory database, which keeps its journal mode.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        if (pending.Count == 0)
        {
            PersistenceLog.UpToDate(logger, factory.Provider);
        }
        else
        {
            PersistenceLog.Migrated(logger, factory.Provider, pending.Count, string.Join(", ", pending));
        }

        return pending;
    }
}
