namespace EwpGateway.Features.Registry;

/// <summary>Log messages of the registry feature (event ids 1100-1199).</summary>
internal static partial class RegistryLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Registry catalogue loaded from {Source}: {HostCount} hosts, {KeyCount} keys.")]
    public static partial void CatalogueLoaded(ILogger logger, string source, int hostCount, int keyCount);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Debug, Message = "Registry catalogue at {Source} not modified.")]
    public static partial void CatalogueNotModified(ILogger logger, string source);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Registry catalogue refresh from {Source} failed ({ConsecutiveFailures} in a row); keeping the copy loaded at {LoadedAt}.")]
    public static partial void RefreshFailedKeepingCopy(ILogger logger, Exception exception, string source, int consecutiveFailures, DateTimeOffset? loadedAt);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Error, Message = "Registry catalogue refresh from {Source} failed ({ConsecutiveFailures} in a row) and no catalogue is available.")]
    public static partial void RefreshFailedNoCatalogue(ILogger logger, Exception exception, string source, int consecutiveFailures);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Warning, Message = "Serving the cached registry catalogue {CachePath} because the registry could not be loaded at start.")]
    public static partial void ServingDiskCache(ILogger logger, string cachePath);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Warning, Message = "The cached registry catalogue {CachePath} could not be used.")]
    public static partial void DiskCacheUnusable(ILogger logger, Exception exception, string cachePath);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Warning, Message = "Could not write the registry catalogue cache {CachePath}.")]
    public static partial void DiskCacheWriteFailed(ILogger logger, Exception exception, string cachePath);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "Skipping registry key {StatedFingerprint}: its content hashes to {ActualFingerprint}.")]
    public static partial void KeyFingerprintMismatch(ILogger logger, string statedFingerprint, string actualFingerprint);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Warning, Message = "Skipping registry key {StatedFingerprint}: {Reason}.")]
    public static partial void KeySkipped(ILogger logger, string statedFingerprint, string reason);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Error, Message = "Registry refresh loop failed unexpectedly; it goes on at the next tick.")]
    public static partial void RefreshLoopFailed(ILogger logger, Exception exception);
}
