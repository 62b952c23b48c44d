namespace EwpGateway.Infrastructure.Authentication;

/// <summary>Log messages of client authentication.</summary>
internal static partial class AuthenticationLog
{
    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "TLS client certificate {Fingerprint} is not in the registry catalogue")]
    public static partial void UnknownCertificate(ILogger logger, string fingerprint);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "The forwarded client certificate header could not be read as a certificate")]
    public static partial void UnreadableForwardedCertificate(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Warning, Message = "Forwarded client certificate header from {Peer}, which is not a trusted proxy (Ewp:ClientCertificates:TrustedProxies): ignored")]
    public static partial void UntrustedForwardedCertificate(ILogger logger, string peer);
}
