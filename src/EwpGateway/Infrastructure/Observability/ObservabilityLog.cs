namespace EwpGateway.Infrastructure.Observability;

/// <summary>Log messages of metrics and readiness (event ids 9100-9199).</summary>
internal static partial class ObservabilityLog
{
    [LoggerMessage(EventId = 9101, Level = LogLevel.Warning, Message = "Could not sample the metrics from the database: {ErrorType}: {Error}")]
    public static partial void SampleFailed(ILogger logger, string errorType, string error);
}
