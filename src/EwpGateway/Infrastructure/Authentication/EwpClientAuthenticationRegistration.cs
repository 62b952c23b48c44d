using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Certificates;
using EwpGateway.Infrastructure.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Https;
using Microsoft.Extensions.Options;

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
        builder.Services.AddOptions<ClientCertificateOptions>().Bind(section)
            .Validate(o => TrustedProxies.TryParse(o.TrustedProxies, out _, out _), "Ewp:ClientCertificates:TrustedProxies lists something that is neither an IP address nor a network such as 10.0.0.0/24.")
            .ValidateOnStart();
        builder.Services.AddSingleton(provider =>
            TrustedProxies.TryParse(provider.GetRequiredService<IOptions<ClientCertificateOptions>>().Value.TrustedProxies, out var proxies, out var error)
                ? proxies
                : throw new InvalidOperationException(error));
        builder.Services.AddPeerCertificateRecorder();
        var certificates = section.Get<ClientCertificateOptions>() ?? new ClientCertificateOptions();

        builder.Services
            .AddAuthentication(EwpAuthorization.ClientScheme)
            .AddPolicyScheme(EwpAuthorization.ClientScheme, "EWP client", options =>
                options.ForwardDefaultSelector = context => SelectScheme(context, certificates.Enabled))
            .AddEwpHttpSignature()
            .AddScheme<ClientCertificateAuthenticationOptions, ClientCertificateHandler>(
                ClientCertificateAuthenticationOptions.Scheme, configureOptions: null);

        // Partners sign the Host of the URLs the registry lists for us, built from Ewp:PublicBaseUrl: a request signed for
        // another host (one a partner's own server received, replayed to us) names another Host and is refused.
        // (Read from the configuration, not from the validated EwpHostOptions: a bad Ewp setting must fail their validation
        // alone, with its own message.)
        var publicBaseUrl = builder.Configuration[$"{EwpHostOptions.SectionName}:{nameof(EwpHostOptions.PublicBaseUrl)}"];
        builder.Services.AddOptions<EwpHttpSignatureOptions>(EwpHttpSignatureDefaults.AuthenticationScheme)
            .Configure(signatures => AcceptOwnHost(signatures, publicBaseUrl));

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
            var header = certificates.ForwardedHeaderName;
            var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(TrustedProxies));
            app.Use((context, next) => context.RequestServices.GetRequiredService<TrustedProxies>().StripUntrusted(context, header, logger, next));
            app.UseCertificateForwarding();
        }

        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static void AcceptOwnHost(EwpHttpSignatureOptions signatures, string? configured)
    {
        if (!Uri.TryCreate(configured, UriKind.Absolute, out var publicBaseUrl))
        {
            return;
        }

        signatures.AcceptedHosts.Add(publicBaseUrl.Authority);
        signatures.AcceptedHosts.Add($"{publicBaseUrl.IdnHost}:{publicBaseUrl.Port}");
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
