namespace EwpGateway.HttpSignatures;

/// <summary>Default values of the EWP HTTP signature authentication scheme.</summary>
public static class EwpHttpSignatureDefaults
{
    /// <summary>The default authentication scheme name.</summary>
    public const string AuthenticationScheme = "EwpHttpSignature";

    /// <summary>The value of <c>ewp:auth-method</c> for callers authenticated by HTTP signature.</summary>
    public const string AuthMethod = "httpsig";

    /// <summary>The <c>WWW-Authenticate</c> challenge sent with every 401.</summary>
    public const string WwwAuthenticate = "Signature realm=\"EWP\"";

    /// <summary>The smallest clock skew EWP allows servers to enforce (5 minutes).</summary>
    public static readonly TimeSpan MinimumClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The default maximum size of a signed request body (1 MiB).</summary>
    public const long MaxBodySize = 1024 * 1024;

    /// <summary>The default maximum size of a partner's response body read by <see cref="EwpSigningHandler"/> (64 MiB).</summary>
    public const long MaxResponseBodySize = 64L * 1024 * 1024;
}
