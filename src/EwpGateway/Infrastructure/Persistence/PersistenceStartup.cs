using EwpGateway.Features.SampleData;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>At start, before the endpoints serve: applies migrations, then seeds the sample data if asked to.</summary>
internal sealed class PersistenceStartup(
    DatabaseMigrator migrator,
    SampleDataSeeder seeder,
    IOptions<PersistenceOptions> options,
    IOptions<SampleDataOptions> sampleData) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.MigrateAtStart)
        {
            await migrator.MigrateAsync(cancellationToken);
        }

        if (sampleData.Value.SampleData)
        {
            await seeder.SeedIfEmptyAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
