namespace EwpGateway.Features.Admin;

/// <summary>Log messages of the admin feature (event ids 9000-9099).</summary>
internal static partial class AdminLog
{
    [LoggerMessage(EventId = 9001, Level = LogLevel.Warning, Message = "Admin sign-in refused for user '{User}'.")]
    public static partial void SignInRefused(ILogger logger, string user);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Admin {User} requested a full re-sync of {PartnerHeiId}.")]
    public static partial void ResyncRequested(ILogger logger, string user, string partnerHeiId);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Admin {User} put {Count} failed CNR(s) to {PartnerHeiId} back in the queue.")]
    public static partial void CnrsRetried(ILogger logger, string user, string partnerHeiId, int count);
}
