namespace EwpGateway.Infrastructure.Protocol;

/// <summary>Log messages of the EWP protocol plumbing.</summary>
internal static partial class ProtocolLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Rejected malformed request to {Path} with {StatusCode}: {Reason}")]
    public static partial void BadRequest(ILogger logger, PathString path, int statusCode, string reason);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Unhandled exception while serving {Method} {Path}")]
    public static partial void UnhandledException(ILogger logger, string method, PathString path, Exception exception);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Database unavailable while serving {Method} {Path}: answered 503 ({ExceptionType}: {Reason})")]
    public static partial void DatabaseUnavailable(ILogger logger, string method, PathString path, string exceptionType, string reason);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Ewp:PublicBaseUrl is not set and the request came over plain HTTP; the manifest announces https://{Host} because EWP only allows HTTPS URLs")]
    public static partial void ManifestSchemeForced(ILogger logger, string host);
}
