using EwpGateway.Features.Iias;
using EwpGateway.Features.Institutions;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.SampleData;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Registers the database, the stores, the change feed, migration at start and the sample data.</summary>
internal static class PersistenceRegistration
{
    /// <summary>
    /// Options from <c>Database</c> (<c>Provider</c>), <c>ConnectionStrings:Gateway</c> and <c>Ewp:SampleData</c>. Adds
    /// <see cref="GatewayDbContextFactory"/>, <see cref="AggregateWriter"/>, <see cref="ChangeFeed"/>, the four feature
    /// stores, and a hosted service that migrates (and seeds) before the server starts.
    /// </summary>
    public static IHostApplicationBuilder AddPersistence(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddOptions<PersistenceOptions>()
            .Bind(configuration.GetSection(PersistenceOptions.SectionName))
            .Configure(o => o.ConnectionString = configuration.GetConnectionString(PersistenceOptions.ConnectionStringName) ?? PersistenceOptions.DefaultConnectionString)
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersistenceOptions>, PersistenceOptionsValidator>());
        services.AddOptions<SampleDataOptions>().Bind(configuration.GetSection(SampleDataOptions.SectionName));
        services.AddOptions<EwpHostOptions>().Bind(configuration.GetSection(EwpHostOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(sp => GatewayDbContextFactory.FromOptions(
            sp.GetRequiredService<IOptions<PersistenceOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        services.TryAddSingleton<AggregateWriter>();
        services.TryAddSingleton<ChangeFeed>();
        services.TryAddSingleton<InboxWriter>();
        services.TryAddSingleton<DatabaseMigrator>();
        services.TryAddSingleton<AgreementStore>();
        services.TryAddSingleton<NominationStore>();
        services.TryAddSingleton<TranscriptStore>();
        services.TryAddSingleton<InstitutionStore>();
        services.TryAddSingleton<SampleDataSeeder>();
        services.AddHostedService<PersistenceStartup>();
        return builder;
    }
}
