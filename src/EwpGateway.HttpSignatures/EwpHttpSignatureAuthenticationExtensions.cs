using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EwpGateway.HttpSignatures;

/// <summary>Registers the EWP HTTP signature authentication scheme.</summary>
public static class EwpHttpSignatureAuthenticationExtensions
{
    /// <summary>
    /// Adds the scheme <see cref="EwpHttpSignatureDefaults.AuthenticationScheme"/>. The host must register an
    /// <see cref="IClientKeyResolver"/>; an in-memory <see cref="IRequestIdReplayCache"/> is added unless one is registered.
    /// </summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    public static AuthenticationBuilder AddEwpHttpSignature(this AuthenticationBuilder builder, Action<EwpHttpSignatureOptions>? configure = null) =>
        builder.AddEwpHttpSignature(EwpHttpSignatureDefaults.AuthenticationScheme, configure);

    /// <summary>Adds the EWP HTTP signature scheme under a custom name.</summary>
    /// <param name="builder">The authentication builder.</param>
    /// <param name="authenticationScheme">The scheme name.</param>
    /// <param name="configure">Configures the options.</param>
    /// <returns>The builder.</returns>
    public static AuthenticationBuilder AddEwpHttpSignature(
        this AuthenticationBuilder builder, string authenticationScheme, Action<EwpHttpSignatureOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton<IRequestIdReplayCache>(_ => new InMemoryRequestIdReplayCache(InMemoryRequestIdReplayCache.DefaultCapacity));
        builder.AddScheme<EwpHttpSignatureOptions, EwpHttpSignatureHandler>(authenticationScheme, configure);

        // AddScheme validates the options on first use; fail at start instead (e.g. a ClockSkew below 5 minutes).
        builder.Services.AddOptions<EwpHttpSignatureOptions>(authenticationScheme).ValidateOnStart();
        return builder;
    }
}
