using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Admin;

/// <summary>Registers the administrators' dashboard: options, Basic authentication scheme and policy, queries, actions.</summary>
internal static class AdminRegistration
{
    public static IServiceCollection AddAdmin(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AdminOptions>, AdminOptionsValidator>());
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, AdminAuthenticationHandler>(AdminAuthenticationHandler.SchemeName, configureOptions: null);
        services.AddAuthorizationBuilder().AddPolicy(AdminAuthenticationHandler.Policy, policy => policy
            .AddAuthenticationSchemes(AdminAuthenticationHandler.SchemeName)
            .RequireAuthenticatedUser());
        services.AddAntiforgery();
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.TryAddSingleton<PartnerHealthRules>();
        services.TryAddScoped<AdminQueries>();
        services.TryAddScoped<ExchangeQueries>();
        return services;
    }

    /// <summary>Antiforgery validation for the dashboard's forms; after authentication.</summary>
    public static IApplicationBuilder UseAdmin(this IApplicationBuilder app)
    {
        app.UseAntiforgery();
        return app;
    }
}
