namespace EwpGateway.Infrastructure.Authentication;

/// <summary>Names of the authentication scheme and policy that protect the EWP APIs.</summary>
internal static class EwpAuthorization
{
    /// <summary>The policy every authenticated EWP endpoint requires.</summary>
    public const string PolicyName = "EwpClient";

    /// <summary>
    /// The policy scheme that picks HTTP signatures or a TLS client certificate for each request, so that
    /// an endpoint accepts either.
    /// </summary>
    public const string ClientScheme = "EwpClient";
}
