using Grpc.Core;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>Log messages of the gRPC API.</summary>
internal static partial class GrpcLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "gRPC call refused: {Reason}")]
    public static partial void Unauthenticated(ILogger logger, string reason);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "gRPC {Method} rejected with {StatusCode}: {Detail}")]
    public static partial void CallRejected(ILogger logger, string method, StatusCode statusCode, string detail);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "gRPC {Method} failed; the caller got Internal with trace id {TraceId}")]
    public static partial void CallFailed(ILogger logger, string method, string traceId, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "gRPC {Method}: database unavailable, answered Unavailable ({ExceptionType}: {Reason})")]
    public static partial void DatabaseUnavailable(ILogger logger, string method, string exceptionType, string reason);
}
