namespace EwpGateway.Features.Transcripts;

/// <summary>Log messages of the transcripts feature (event ids 4710-4729).</summary>
internal static partial class TranscriptsLog
{
    [LoggerMessage(EventId = 4710, Level = LogLevel.Warning, Message = "Transcript of {OmobilityId} from {PartnerHeiId} not stored: {Kind} ({Reason}).")]
    public static partial void PartnerTranscriptRejected(ILogger logger, string partnerHeiId, string omobilityId, string kind, string reason);

    [LoggerMessage(EventId = 4711, Level = LogLevel.Debug, Message = "Transcript of {OmobilityId} from {PartnerHeiId}: {Outcome}, ELMO signature {Signature}.")]
    public static partial void PartnerTranscriptStored(ILogger logger, string partnerHeiId, string omobilityId, string outcome, string signature);

    [LoggerMessage(EventId = 4712, Level = LogLevel.Warning, Message = "Transcript of {OmobilityId} from {PartnerHeiId} stored but flagged: its ELMO signature is invalid ({Detail}).")]
    public static partial void PartnerElmoSignatureInvalid(ILogger logger, string partnerHeiId, string omobilityId, string detail);

    [LoggerMessage(EventId = 4713, Level = LogLevel.Information, Message = "{Count} transcripts from {PartnerHeiId} marked withdrawn.")]
    public static partial void PartnerTranscriptsWithdrawn(ILogger logger, string partnerHeiId, int count);
}
