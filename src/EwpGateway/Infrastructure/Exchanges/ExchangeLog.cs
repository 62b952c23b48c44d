namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>Log messages of the communication log (event ids 9200-9299).</summary>
internal static partial class ExchangeLog
{
    [LoggerMessage(EventId = 9201, Level = LogLevel.Warning, Message = "Could not write {Lost} exchanges to the communication log: {ErrorType}: {Error}")]
    public static partial void WriteFailed(ILogger logger, int lost, string errorType, string error);
}
