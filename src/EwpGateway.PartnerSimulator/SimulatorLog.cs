using Microsoft.Extensions.Logging;

namespace EwpGateway.PartnerSimulator;

/// <summary>The simulator's log messages.</summary>
internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Simulated partner {HeiId} listening on {BaseUrl}")]
    public static partial void PartnerStarted(ILogger logger, string heiId, Uri baseUrl);

    [LoggerMessage(EventId = 2, Level = LogLevel.Debug, Message = "{HeiId} {Endpoint} {Method} answered {Status} (signature valid: {SignatureValid}, fault: {Fault})")]
    public static partial void RequestHandled(ILogger logger, string heiId, SimEndpoint endpoint, string method, int status, bool signatureValid, SimFaultKind? fault);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "{HeiId} {Endpoint} refused an unverified request: {Reason}")]
    public static partial void SignatureRefused(ILogger logger, string heiId, SimEndpoint endpoint, string? reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "{HeiId} reset the connection of a {Endpoint} request")]
    public static partial void ConnectionReset(ILogger logger, string heiId, SimEndpoint endpoint);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "{HeiId} sent {Copies} {Kind} CNR(s) for {ObjectId} to {Url}")]
    public static partial void CnrSent(ILogger logger, string heiId, int copies, SimCnrKind kind, string objectId, Uri url);

    [LoggerMessage(EventId = 6, Level = LogLevel.Error, Message = "{HeiId} {Endpoint} failed")]
    public static partial void HandlerFailed(ILogger logger, Exception exception, string heiId, SimEndpoint endpoint);
}
