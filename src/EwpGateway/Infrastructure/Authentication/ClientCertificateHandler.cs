using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Certificates;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Authentication;

/// <summary>
/// Authenticates a TLS client certificate (presented to Kestrel, or forwarded by a TLS-terminating proxy)
/// by its SHA-256 fingerprint in the registry's <c>client-credentials-in-use</c>. Self-signed certificates
/// are accepted, as cliauth-tlscert allows; chain building is not what establishes trust in EWP, the
/// registry is.
/// </summary>
internal sealed class ClientCertificateHandler(
    IOptionsMonitor<ClientCertificateAuthenticationOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    IClientCertificateResolver resolver,
    PeerCertificateRecorder certificates,
    TimeProvider timeProvider)
    : AuthenticationHandler<ClientCertificateAuthenticationOptions>(options, loggerFactory, encoder)
{
    /// <summary>Claim carrying the SHA-256 fingerprint of the authenticated certificate.</summary>
    public const string CertificateFingerprintClaim = "ewp:certificate-sha256";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var certificate = await Context.Connection.GetClientCertificateAsync(Context.RequestAborted);
        if (certificate is null)
        {
            return AuthenticateResult.NoResult();
        }

        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(certificate.RawData));
        var heiIds = resolver.Resolve(fingerprint);

        // A registered certificate is recorded even when expired: the dashboard shows the partner why it is refused.
        certificates.Observe(certificate, PeerCertificateRole.Client, heiIds ?? [], host: null, fingerprint);
        var now = timeProvider.GetUtcNow();
        if (now < certificate.NotBefore.ToUniversalTime() || now > certificate.NotAfter.ToUniversalTime())
        {
            return Fail(StatusCodes.Status403Forbidden,
                $"The TLS client certificate {fingerprint} is outside its validity period ({certificate.NotBefore:u} to {certificate.NotAfter:u}).");
        }

        if (heiIds is null)
        {
            AuthenticationLog.UnknownCertificate(Logger, fingerprint);
            return Fail(StatusCodes.Status403Forbidden,
                $"The TLS client certificate {fingerprint} is not listed in any host's client-credentials-in-use in the EWP registry.");
        }

        var claims = new List<Claim>
        {
            new(EwpClaimTypes.AuthMethod, "tlscert"),
            new(CertificateFingerprintClaim, fingerprint),
        };
        claims.AddRange(heiIds.Select(id => new Claim(EwpClaimTypes.HeiId, id)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Features.Get<EwpErrorFeature>() is { } error)
        {
            Response.StatusCode = error.StatusCode;
            return Task.CompletedTask;
        }

        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Signature realm=\"EWP\"";
        Response.Headers["Want-Digest"] = "SHA-256";
        return Task.CompletedTask;
    }

    private AuthenticateResult Fail(int statusCode, string message)
    {
        Context.Features.Set(new EwpErrorFeature(statusCode, message));
        return AuthenticateResult.Fail(message);
    }
}
