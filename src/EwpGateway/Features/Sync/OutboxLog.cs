using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Features.Sync;

/// <summary>Log messages of outbox delivery (event ids 3600-3649).</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(EventId = 3600, Level = LogLevel.Information, Message = "Outbox delivery disabled on this instance (Ewp:Outbox:Enabled = false).")]
    public static partial void Disabled(ILogger logger);

    [LoggerMessage(EventId = 3601, Level = LogLevel.Debug, Message = "Outbox pass leased {Leased} rows: {Sent} sent, {Retried} to retry, {Failed} failed.")]
    public static partial void Pass(ILogger logger, int leased, int sent, int retried, int failed);

    [LoggerMessage(EventId = 3602, Level = LogLevel.Warning, Message = "{Kind} to {Partner} for {Count} object(s) failed, next attempt at {NextAttemptAt}: {Error}")]
    public static partial void WillRetry(ILogger logger, OutboxKind kind, string partner, int count, DateTimeOffset nextAttemptAt, string error);

    [LoggerMessage(EventId = 3603, Level = LogLevel.Warning, Message = "{Kind} to {Partner} for {Count} object(s) failed for good: {Error}")]
    public static partial void GaveUp(ILogger logger, OutboxKind kind, string partner, int count, string error);

    [LoggerMessage(EventId = 3604, Level = LogLevel.Error, Message = "Outbox pass failed; the next pass tries again.")]
    public static partial void PassFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3607, Level = LogLevel.Information, Message = "Released {Count} outbox rows a failed pass had leased; any already sent are sent again.")]
    public static partial void LeasesReleased(ILogger logger, int count);

    [LoggerMessage(EventId = 3606, Level = LogLevel.Warning, Message = "No registry catalogue is loaded: outbox delivery waits for one.")]
    public static partial void NoCatalogue(ILogger logger);

    [LoggerMessage(EventId = 3605, Level = LogLevel.Warning, Message = "Outbox rows of {Partner} were taken over by another instance before this one recorded their outcome; left to it.")]
    public static partial void LeaseLost(ILogger logger, string partner);
}
