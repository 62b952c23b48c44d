namespace EwpGateway.Infrastructure.Certificates;

/// <summary>Log messages of the partners' certificate record (event ids 9300-9399).</summary>
internal static partial class CertificatesLog
{
    [LoggerMessage(EventId = 9301, Level = LogLevel.Warning, Message = "Could not record {Lost} partner certificates: {ErrorType}: {Error}")]
    public static partial void WriteFailed(ILogger logger, int lost, string errorType, string error);
}
