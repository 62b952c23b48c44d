namespace EwpGateway.Infrastructure.Partners;

/// <summary>Log messages of the partner clients (event ids 3100-3199).</summary>
internal static partial class PartnerClientLog
{
    [LoggerMessage(EventId = 3100, Level = LogLevel.Warning, Message = "Partner call to {Authority} failed transiently ({Outcome}); retry {Attempt} in {Delay}.")]
    public static partial void Retrying(ILogger logger, string authority, string outcome, int attempt, TimeSpan delay);

    [LoggerMessage(EventId = 3101, Level = LogLevel.Warning, Message = "Circuit to partner host {Authority} opened for {BreakDuration} after repeated failures ({Outcome}).")]
    public static partial void CircuitOpened(ILogger logger, string authority, string outcome, TimeSpan breakDuration);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Circuit to partner host {Authority} closed again.")]
    public static partial void CircuitClosed(ILogger logger, string authority);
}
