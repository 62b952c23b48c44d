using EwpGateway.Features.Manifest;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Institutions;

/// <summary>
/// Institutions API v2 (GET and POST): our HEI, with its names, other ids and units. Other hei ids are
/// silently omitted, as the validator expects (digest 8.8).
/// </summary>
internal static class InstitutionsEndpoints
{
    public const string Path = "ewp/institutions";

    private const string HeiIdParameter = "hei_id";

    /// <summary>Adds the options (<c>Ewp:Institutions</c>, validated at start) and the manifest entry.</summary>
    public static IServiceCollection AddInstitutions(this IServiceCollection services)
    {
        services.AddOptions<InstitutionsOptions>().BindConfiguration(InstitutionsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IManifestApiEntry, InstitutionsManifestEntry>();
        return services;
    }

    public static IEndpointRouteBuilder MapInstitutions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + Path, [HttpMethods.Get, HttpMethods.Post], GetAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpInstitutions");
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, InstitutionStore store, IOptions<InstitutionsOptions> options, IOptions<EwpHostOptions> host, CancellationToken ct)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var unknown = parameters!.RejectUnknown(HeiIdParameter);
        if (unknown is not null)
        {
            return unknown;
        }

        var (heiIds, idsError) = parameters.RequiredIds(HeiIdParameter, options.Value.MaxHeiIds);
        if (idsError is not null)
        {
            return idsError;
        }

        var home = host.Value;
        if (!heiIds.Contains(home.HeiId, StringComparer.OrdinalIgnoreCase))
        {
            return new InstitutionsResult([]);
        }

        var institution = await store.GetAsync(home.HeiId, ct) ?? FromHostOptions(home);
        if (institution.Names.Count == 0)
        {
            institution.Names = FromHostOptions(home).Names;
        }

        return new InstitutionsResult([institution]);
    }

    /// <summary>Our HEI as configured, for a database that does not hold it (names are required by the XSD).</summary>
    private static Institution FromHostOptions(EwpHostOptions host) => new()
    {
        Id = host.HeiId,
        Names = host.InstitutionNames.Count > 0
            ? [.. host.InstitutionNames.Select(n => new LocalizedText { Lang = n.Key, Text = n.Value })]
            : [new LocalizedText { Text = host.HeiId }],
        OtherIds = [.. host.InstitutionOtherIds.Select(o => new OtherId { Type = o.Key, Value = o.Value })],
    };
}
