namespace EwpGateway.HttpSignatures;

/// <summary>Claim types of a caller authenticated by <see cref="EwpHttpSignatureDefaults.AuthenticationScheme"/>.</summary>
public static class EwpClaimTypes
{
    /// <summary>The key id (fingerprint) the request was signed with.</summary>
    public const string KeyId = "ewp:key-id";

    /// <summary>A SCHAC id of an institution the caller's key covers; one claim per institution.</summary>
    public const string HeiId = "ewp:hei-id";

    /// <summary>How the caller was authenticated, e.g. <see cref="EwpHttpSignatureDefaults.AuthMethod"/>.</summary>
    public const string AuthMethod = "ewp:auth-method";
}
