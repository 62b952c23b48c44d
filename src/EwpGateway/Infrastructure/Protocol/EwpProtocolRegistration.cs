using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Keys;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>Registers what every EWP endpoint shares: host identity, keys, response signing, error responses.</summary>
internal static class EwpProtocolRegistration
{
    /// <summary>Requests under this path are EWP API calls.</summary>
    public static readonly PathString EwpPath = "/ewp";

    public static WebApplicationBuilder AddEwpProtocol(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EwpHostOptions>().Bind(builder.Configuration.GetSection(EwpHostOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KeyOptions>().Bind(builder.Configuration.GetSection(KeyOptions.SectionName))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<GatewayKeys>();
        services.AddHostedService<GatewayKeysLoader>();
        services.AddSingleton<IResponseSigningKey>(provider =>
        {
            var key = provider.GetRequiredService<GatewayKeys>().Server;
            return new ResponseSigningKey(key.Rsa, key.KeyId);
        });
        services.AddEwpResponseSigning();
        return builder;
    }

    public static WebApplication UseEwpProtocol(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(EwpPath), ewp =>
        {
            ewp.UseEwpResponseSigning();
            ewp.UseMiddleware<EwpErrorResponseMiddleware>();
        });
        return app;
    }
}
