namespace EwpGateway.Features.Sync;

/// <summary>Log messages of the sync engine: inbox and reconciliation (event ids 3200-3299).</summary>
internal static partial class SyncLog
{
    [LoggerMessage(EventId = 3200, Level = LogLevel.Debug, Message = "Leased {Count} inbox notifications.")]
    public static partial void InboxLeased(ILogger logger, int count);

    [LoggerMessage(EventId = 3201, Level = LogLevel.Warning, Message = "Fetching {Api} objects {Ids} from {PartnerHeiId} for a notification failed.")]
    public static partial void InboxFetchFailed(ILogger logger, Exception exception, string api, string ids, string partnerHeiId);

    [LoggerMessage(EventId = 3202, Level = LogLevel.Warning, Message = "Notification {InboxId} ({Kind} {ObjectId}) failed after {Attempts} attempts: {Error}")]
    public static partial void InboxGaveUp(ILogger logger, Guid inboxId, string kind, string objectId, int attempts, string error);

    [LoggerMessage(EventId = 3203, Level = LogLevel.Error, Message = "The inbox worker iteration failed; it goes on at the next tick.")]
    public static partial void InboxLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3204, Level = LogLevel.Information, Message = "Released {Count} inbox notifications a failed iteration had leased.")]
    public static partial void InboxLeasesReleased(ILogger logger, int count);

    [LoggerMessage(EventId = 3210, Level = LogLevel.Information, Message = "Reconciled {Api} with {PartnerHeiId}: {Listed} listed, {Stored} stored, {Rejected} rejected, {Withdrawn} withdrawn in {DurationMs} ms.")]
    public static partial void Reconciled(ILogger logger, string api, string partnerHeiId, int listed, int stored, int rejected, int withdrawn, long durationMs);

    [LoggerMessage(EventId = 3211, Level = LogLevel.Warning, Message = "Reconciling {Api} with {PartnerHeiId} failed: {Error}")]
    public static partial void ReconcileFailed(ILogger logger, Exception exception, string api, string partnerHeiId, string error);

    [LoggerMessage(EventId = 3212, Level = LogLevel.Error, Message = "The reconciliation worker iteration failed; it goes on at the next tick.")]
    public static partial void ReconcileLoopFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3214, Level = LogLevel.Information, Message = "Released {Count} partner sync states a failed reconciliation pass had leased.")]
    public static partial void SyncLeasesReleased(ILogger logger, int count);

    [LoggerMessage(EventId = 3213, Level = LogLevel.Information, Message = "Full re-sync of {PartnerHeiId} requested.")]
    public static partial void ResyncRequested(ILogger logger, string partnerHeiId);
}
