using EwpGateway.Features.Institutions;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>
/// A database created by the FIRST migration upgrades to the latest with its data kept, and one migrated by a build
/// this one does not know is left alone (each provider). The pre-release migrations were merged into one on
/// 2026-11-23: until the next migration, "upgrade" is migrating a database that is already at the latest.
/// </summary>
public abstract class MigrationTests
{
    private protected abstract DatabaseProvider Provider { get; }

    /// <summary>A timestamp literal as the provider stores a <see cref="DateTimeOffset"/>.</summary>
    private protected abstract string Instant { get; }

    private protected abstract Task<string> CreateDatabaseAsync(CancellationToken ct);

    [Fact]
    public async Task Model_MatchesTheMigrations()
    {
        // The gateway's start skips this check (GatewayDbContextFactory): a model change needs its migration here.
        var factory = new GatewayDbContextFactory(Provider, await CreateDatabaseAsync(TestContext.Current.CancellationToken));
        await using var db = factory.CreateDbContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {Provider} model has changes that no migration makes: add a migration (dotnet ef migrations add).");
    }

    [Fact]
    public async Task MigrateAsync_FromFirstMigration_KeepsData()
    {
        var ct = TestContext.Current.CancellationToken;
        var factory = new GatewayDbContextFactory(Provider, await CreateDatabaseAsync(ct));
        await using (var db = factory.CreateDbContext())
        {
            var all = db.Database.GetMigrations().ToList();
            await db.GetService<IMigrator>().MigrateAsync(all[0], ct);
            Assert.Equal([all[0]], await db.Database.GetAppliedMigrationsAsync(ct));
            // Test-owned literals only: the timestamp syntax differs per provider.
            var insert = "INSERT INTO \"Institutions\" (\"Id\", \"Version\", \"Provenance_Source\", \"Provenance_FirstSeen\", \"Provenance_LastSeen\", \"Provenance_LastModified\") "
                + $"VALUES ('old.example', 3, 'Partner', {Instant}, {Instant}, {Instant})";
            await db.Database.ExecuteSqlRawAsync(insert, ct);
            await db.Database.ExecuteSqlRawAsync(
                "INSERT INTO \"InstitutionNames\" (\"Lang\", \"Text\", \"InstitutionId\") VALUES ('en', 'Old University', 'old.example')", ct);
        }

        await using (var db = factory.CreateDbContext())
        {
            await db.Database.MigrateAsync(ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        }

        var writer = new AggregateWriter(factory, TimeProvider.System, Options.Create(new EwpHostOptions { HeiId = DbTestData.Home }));
        var institution = await new InstitutionStore(writer).GetAsync("old.example", ct);
        Assert.NotNull(institution);
        Assert.Equal(3, institution.Version);
        Assert.Equal("Old University", Assert.Single(institution.Names).Text);
    }

    [Fact]
    public async Task MigrateAsync_DatabaseHasAMigrationThisBuildDoesNotKnow_RefusedNamingItAndNothingChanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var factory = new GatewayDbContextFactory(Provider, await CreateDatabaseAsync(ct));
        const string Foreign = "20991231000000_FromANewerBuild";
        await using (var db = factory.CreateDbContext())
        {
            var history = db.GetService<IHistoryRepository>();
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), ct);
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(Foreign, "10.0.0")), ct);
        }

        var migrator = new DatabaseMigrator(factory, NullLogger<DatabaseMigrator>.Instance);
        var refused = await Assert.ThrowsAsync<DatabaseSchemaException>(() => migrator.MigrateAsync(ct));

        Assert.Contains(Foreign, refused.Message, StringComparison.Ordinal);
        Assert.Contains("ConnectionStrings:Gateway", refused.Message, StringComparison.Ordinal);
        await using (var db = factory.CreateDbContext())
        {
            Assert.Equal([Foreign], await db.Database.GetAppliedMigrationsAsync(ct));
            // No table was created: the refusal came before anything was applied.
            await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => db.Institutions.CountAsync(ct));
        }
    }
}
