using EwpGateway.Features.Iias;
using EwpGateway.Features.Institutions;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.Sync;
using EwpGateway.Features.Transcripts;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Grpc;

/// <summary>
/// The gRPC API for the institution's mobility system: its own HTTP/2 port (<c>Grpc:Port</c>), bearer tokens
/// (<c>Grpc:Tokens</c>), one exception-to-status interceptor, server reflection and gRPC health checks.
/// </summary>
internal static class GrpcRegistration
{
    /// <summary>Largest request accepted: transcripts carry their PDF attachments inline.</summary>
    private const int MaxReceiveMessageSize = 16 * 1024 * 1024;

    public static WebApplicationBuilder AddGatewayGrpc(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(GrpcOptions.SectionName);
        builder.Services.AddOptions<GrpcOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GrpcOptions>, GrpcOptionsValidator>());
        builder.WebHost.AddGrpcEndpoint(builder.Configuration, section.Get<GrpcOptions>() ?? new GrpcOptions());

        builder.Services.AddGrpc(options =>
        {
            // No catch-all "unimplemented" routes: they would shadow the EWP endpoints' 405 answers on the EWP port.
            options.IgnoreUnknownServices = true;
            options.Interceptors.Add<GrpcExceptionInterceptor>();
            options.MaxReceiveMessageSize = MaxReceiveMessageSize;
        });
        builder.Services.TryAddSingleton<ChangeSignal>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks();

        builder.Services.AddAuthentication()
            .AddScheme<GrpcTokenAuthenticationOptions, GrpcTokenAuthenticationHandler>(GrpcAuthorization.Scheme, configureOptions: null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(GrpcAuthorization.PolicyName, policy => policy
                .AddAuthenticationSchemes(GrpcAuthorization.Scheme)
                .RequireAuthenticatedUser());
        return builder;
    }

    /// <summary>
    /// Maps the services on the gRPC port only. Every service, reflection included, needs a token (the API
    /// surface is for the mobility system, not for anyone on the network); health stays anonymous for probes.
    /// Needs <c>UseAuthentication</c>/<c>UseAuthorization</c> in the pipeline (UseEwpClientAuthentication adds them).
    /// </summary>
    public static WebApplication MapGatewayGrpc(this WebApplication app)
    {
        // Read from configuration, not IOptions: invalid options must fail at start (exit code 2), not here.
        var options = app.Configuration.GetSection(GrpcOptions.SectionName).Get<GrpcOptions>() ?? new GrpcOptions();
        var host = $"*:{options.Port}";

        app.MapGrpcService<AgreementGrpcService>().RequireHost(host).RequireAuthorization(GrpcAuthorization.PolicyName);
        app.MapGrpcService<NominationGrpcService>().RequireHost(host).RequireAuthorization(GrpcAuthorization.PolicyName);
        app.MapGrpcService<TranscriptGrpcService>().RequireHost(host).RequireAuthorization(GrpcAuthorization.PolicyName);
        app.MapGrpcService<InstitutionGrpcService>().RequireHost(host).RequireAuthorization(GrpcAuthorization.PolicyName);
        app.MapGrpcService<SyncGrpcService>().RequireHost(host).RequireAuthorization(GrpcAuthorization.PolicyName);
        app.MapGrpcReflectionService().RequireHost(host).RequireAuthorization(GrpcAuthorization.PolicyName);
        app.MapGrpcHealthChecksService().RequireHost(host);
        return app;
    }
}
