using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Certificates;
using Microsoft.AspNetCore.Server.Kestrel.Https;

namespace EwpGateway.Infrastructure.Authentication;

/// <summary>
/// Registers how EWP callers authenticate: HTTP signatures (required by the network) or a TLS client
/// certificate (deprecated, optional), chosen per request by one policy scheme.
/// </summary>
internal static class EwpClientAuthenticationRegistration
{
    public static WebApplicationBuilder AddEwpClientAuthentication(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(ClientCertificateOptions.SectionName);
        builder.Services.AddOptions<ClientCertificateOptions>().Bind(section).ValidateOnStart();
        builder.Services.AddPeerCertificateRecorder();
        var certificates = section.Get<ClientCertificateOptions>() ?? new ClientCertificateOptions();

        builder.Services
            .AddAuthentication(EwpAuthorization.ClientScheme)
            .AddPolicyScheme(EwpAuthorization.ClientScheme, "EWP client", options =>
                options.ForwardDefaultSelector = context => SelectScheme(context, certificates.Enabled))
            .AddEwpHttpSignature()
            .AddScheme<ClientCertificateAuthenticationOptions, ClientCertificateHandler>(
                ClientCertificateAuthenticationOptions.Scheme, configureOptions: null);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(EwpAuthorization.PolicyName, policy => policy
                .AddAuthenticationSchemes(EwpAuthorization.ClientScheme)
                .RequireAuthenticatedUser());

        if (certificates.Enabled)
        {
            // Trust is decided by the registry fingerprint, not by a chain to some CA: accept any certificate at the TLS layer.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https =>
            {
                https.ClientCertificateMode = ClientCertificateMode.AllowCertificate;
                https.AllowAnyClientCertificate();
            }));

            if (!string.IsNullOrWhiteSpace(certificates.ForwardedHeaderName))
            {
                builder.Services.AddCertificateForwarding(options =>
                {
                    options.CertificateHeader = certificates.ForwardedHeaderName;
                    // The middleware treats a null certificate as "none presented".
                    options.HeaderConverter = value => ForwardedCertificateParser.Parse(value)!;
                });
            }
        }

        return builder;
    }

    public static IApplicationBuilder UseEwpClientAuthentication(this IApplicationBuilder app, IConfiguration configuration)
    {
        var certificates = configuration.GetSection(ClientCertificateOptions.SectionName).Get<ClientCertificateOptions>()
            ?? new ClientCertificateOptions();
        if (certificates.Enabled && !string.IsNullOrWhiteSpace(certificates.ForwardedHeaderName))
        {
            app.UseCertificateForwarding();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static string SelectScheme(HttpContext context, bool certificatesEnabled)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (authorization.StartsWith("Signature ", StringComparison.OrdinalIgnoreCase))
        {
            return EwpHttpSignatureDefaults.AuthenticationScheme;
        }

        return certificatesEnabled && context.Connection.ClientCertificate is not null
            ? ClientCertificateAuthenticationOptions.Scheme
            : EwpHttpSignatureDefaults.AuthenticationScheme;
    }
}
