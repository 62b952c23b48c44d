using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// <c>EwpGateway migrate [--key=value ...]</c>: applies the pending migrations with the same configuration as the
/// server (appsettings, environment, command line), prints what was applied and exits (0, or 2 on a configuration
/// error, 1 when the database cannot be migrated).
/// </summary>
internal static class MigrateCommand
{
    public const string Name = "migrate";

    public static bool IsInvoked(string[] args) =>
        args is { Length: > 0 } && string.Equals(args[0], Name, StringComparison.OrdinalIgnoreCase);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(args.Skip(1).ToArray());
        builder.AddPersistence();
        await using var app = builder.Build();
        try
        {
            var options = app.Services.GetRequiredService<IOptions<PersistenceOptions>>().Value;
            var migrator = app.Services.GetRequiredService<DatabaseMigrator>();
            var applied = await migrator.MigrateAsync(CancellationToken.None);
            await Console.Out.WriteLineAsync(applied.Count == 0
                ? $"Database ({options.Provider}) is up to date; no migration applied."
                : $"Database ({options.Provider}): applied {applied.Count} migration(s): {string.Join(", ", applied)}");
            return 0;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync("Configuration error: " + string.Join(" ", ex.Failures));
            return 2;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException)
        {
            await Console.Error.WriteLineAsync("Migration failed: " + ex.Message);
            return 1;
        }
    }
}
