namespace EwpGateway.PartnerSimulator;

/// <summary>What a <see cref="SimFault"/> does to a response.</summary>
public enum SimFaultKind
{
    /// <summary>Waits <see cref="SimFault.Delay"/> before answering (a long delay is a timeout).</summary>
    Latency,

    /// <summary>Answers <see cref="SimFault.StatusCode"/> (default 503) with a signed <c>error-response</c>.</summary>
    ServerError,

    /// <summary>Closes the connection without an answer.</summary>
    ConnectionReset,

    /// <summary>Answers a body cut in the middle: not well-formed XML (correctly signed).</summary>
    MalformedXml,

    /// <summary>Answers well-formed XML with an element the XSD does not allow (correctly signed).</summary>
    SchemaViolation,

    /// <summary>Leaves out an element the XSD requires (e.g. an approval without <c>iia-id</c>).</summary>
    MissingRequiredElement,

    /// <summary>Signs with the listed key but the signature does not verify.</summary>
    WrongSignature,

    /// <summary>Leaves the response unsigned although the request asked for a signature.</summary>
    MissingSignature,

    /// <summary>Signs a <c>Digest</c> that does not match the body.</summary>
    WrongDigest,

    /// <summary>Signs a <c>Date</c> that is <see cref="SimFault.Delay"/> (default 10 minutes) ahead of the clock.</summary>
    SkewedDate,
}
