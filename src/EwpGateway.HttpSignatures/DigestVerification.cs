namespace EwpGateway.HttpSignatures;

/// <summary>The outcome of <see cref="DigestHeader.Verify(string?, ReadOnlySpan{byte})"/>.</summary>
public enum DigestVerification
{
    /// <summary>A SHA-256 entry is present and matches the body.</summary>
    Valid,

    /// <summary>No <c>Digest</c> header.</summary>
    Missing,

    /// <summary>An entry is not of the form <c>algorithm=value</c>.</summary>
    Malformed,

    /// <summary>Only a SHA-1 (<c>SHA=</c>) digest, which EWP does not accept.</summary>
    Sha1Only,

    /// <summary>No SHA-256 entry (other algorithms only).</summary>
    NoSha256,

    /// <summary>A SHA-256 entry does not match the SHA-256 of the body.</summary>
    Mismatch,
}
