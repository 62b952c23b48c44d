using Microsoft.Extensions.Logging;

namespace EwpGateway.HttpSignatures;

internal static partial class EwpHttpSignatureLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "No Authorization: Signature header; HTTP signature authentication skipped.")]
    public static partial void NoSignature(ILogger logger);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "HTTP signature rejected with {StatusCode} ({Reason}): {Detail}")]
    public static partial void Rejected(ILogger logger, int statusCode, HttpSignatureFailureReason reason, string detail);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "HTTP signature of key {KeyId} verified, {HeiCount} HEIs covered.")]
    public static partial void Verified(ILogger logger, string keyId, int heiCount);

    [LoggerMessage(EventId = 4, Level = LogLevel.Debug, Message = "Response signed with key {KeyId} ({StatusCode}, {Length} bytes).")]
    public static partial void ResponseSigned(ILogger logger, string keyId, int statusCode, long length);

    [LoggerMessage(EventId = 5, Level = LogLevel.Debug, Message = "Response left unsigned: Accept-Signature '{AcceptSignature}' names no supported algorithm.")]
    public static partial void ResponseUnsignedAlgorithm(ILogger logger, string acceptSignature);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "Response could not be signed: the response had already started.")]
    public static partial void ResponseAlreadyStarted(ILogger logger);
}
