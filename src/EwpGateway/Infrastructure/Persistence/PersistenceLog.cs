namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Log messages of persistence (event ids 1500-1549).</summary>
internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 1500, Level = LogLevel.Information, Message = "Database ({Provider}) migrated: {Count} migration(s) applied: {Migrations}.")]
    public static partial void Migrated(ILogger logger, DatabaseProvider provider, int count, string migrations);

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Database ({Provider}) schema is up to date.")]
    public static partial void UpToDate(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Information, Message = "Sample data seeded: {Institutions} institutions, {Agreements} agreements, {Nominations} nominations, {Transcripts} transcripts.")]
    public static partial void SampleDataSeeded(ILogger logger, int institutions, int agreements, int nominations, int transcripts);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Sample data not seeded: the database is not empty.")]
    public static partial void SampleDataSkipped(ILogger logger);
}
