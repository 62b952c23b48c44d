namespace EwpGateway.HttpSignatures;

/// <summary>Why a signed message was rejected.</summary>
public enum HttpSignatureFailureReason
{
    /// <summary>Not a failure.</summary>
    None,

    /// <summary>The message carries no signature.</summary>
    MissingSignature,

    /// <summary>The signature parameter list is malformed.</summary>
    MalformedSignature,

    /// <summary>The algorithm is not <c>rsa-sha256</c>.</summary>
    UnsupportedAlgorithm,

    /// <summary>A header EWP requires to be signed is not in the <c>headers</c> parameter.</summary>
    RequiredHeaderNotSigned,

    /// <summary>A header listed in <c>headers</c> is not in the message.</summary>
    SignedHeaderMissing,

    /// <summary>The <c>Host</c> header is not one of the accepted hosts.</summary>
    HostNotAccepted,

    /// <summary>The <c>keyId</c> is not 64 lower-case hex digits.</summary>
    MalformedKeyId,

    /// <summary>The key is not trusted for this message.</summary>
    UnknownKey,

    /// <summary>A signed <c>Date</c> or <c>Original-Date</c> cannot be parsed.</summary>
    InvalidDate,

    /// <summary>A signed <c>Date</c> or <c>Original-Date</c> is outside the allowed clock skew.</summary>
    DateOutsideWindow,

    /// <summary>The <c>X-Request-Id</c> is not a canonical lower-case UUID.</summary>
    NonCanonicalRequestId,

    /// <summary>The signature does not verify with the key.</summary>
    InvalidSignature,

    /// <summary>The <c>Digest</c> header is missing, SHA-1 only, malformed or does not match the body.</summary>
    DigestMismatch,

    /// <summary>The body is larger than the configured limit.</summary>
    BodyTooLarge,

    /// <summary>The <c>X-Request-Id</c> was already used inside the replay window.</summary>
    Replay,

    /// <summary>A response does not echo the request's <c>X-Request-Id</c> or <c>X-Request-Signature</c>.</summary>
    EchoMismatch,
}
