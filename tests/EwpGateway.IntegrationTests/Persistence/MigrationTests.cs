using EwpGateway.Features.Institutions;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Options;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>A database created by the FIRST migration upgrades to the latest with its data kept (each provider).</summary>
public abstract class MigrationTests
{
    private protected abstract DatabaseProvider Provider { get; }

    /// <summary>A timestamp literal as the provider stores a <see cref="DateTimeOffset"/>.</summary>
    private protected abstract string Instant { get; }

    private protected abstract Task<string> CreateDatabaseAsync(CancellationToken ct);

    [Fact]
    public async Task MigrateAsync_FromFirstMigration_KeepsData()
    {
        var ct = TestContext.Current.CancellationToken;
        var factory = new GatewayDbContextFactory(Provider, await CreateDatabaseAsync(ct));
        await using (var db = factory.CreateDbContext())
        {
            var all = db.Database.GetMigrations().ToList();
            Assert.True(all.Count >= 2, "a meaningful upgrade needs at least two migrations");
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
}
