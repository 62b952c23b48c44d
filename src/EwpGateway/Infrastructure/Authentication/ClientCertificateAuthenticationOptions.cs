using Microsoft.AspNetCore.Authentication;

namespace EwpGateway.Infrastructure.Authentication;

/// <summary>Options of the EWP client-certificate authentication scheme.</summary>
internal sealed class ClientCertificateAuthenticationOptions : AuthenticationSchemeOptions
{
    /// <summary>Scheme name.</summary>
    public const string Scheme = "EwpClientCertificate";
}
