namespace EwpGateway.Features.Nominations;

/// <summary>Log messages of the nominations feature (event ids 4610-4629).</summary>
internal static partial class NominationsLog
{
    [LoggerMessage(EventId = 4610, Level = LogLevel.Warning, Message = "Nomination {OmobilityId} of {PartnerHeiId} not stored: {Kind} ({Reason}).")]
    public static partial void PartnerNominationRejected(ILogger logger, string partnerHeiId, string omobilityId, string kind, string reason);

    [LoggerMessage(EventId = 4611, Level = LogLevel.Debug, Message = "Nomination {OmobilityId} of {PartnerHeiId}: {Outcome}.")]
    public static partial void PartnerNominationStored(ILogger logger, string partnerHeiId, string omobilityId, string outcome);

    [LoggerMessage(EventId = 4612, Level = LogLevel.Information, Message = "{Count} nominations of {PartnerHeiId} marked withdrawn.")]
    public static partial void PartnerNominationsWithdrawn(ILogger logger, string partnerHeiId, int count);
}
