namespace EwpGateway.Infrastructure.Persistence.Model;

/// <summary>The outcome of checking the XML signature of a partner's ELMO document.</summary>
internal enum ElmoSignatureStatus
{
    /// <summary>Not checked (our own transcripts, or stored before checks existed).</summary>
    NotChecked,

    /// <summary>The document carries no signature.</summary>
    Unsigned,

    /// <summary>The enveloped signature verifies with the key it carries.</summary>
    Valid,

    /// <summary>A signature is present but does not verify (the document was altered, or the signature is malformed).</summary>
    Invalid,
}
