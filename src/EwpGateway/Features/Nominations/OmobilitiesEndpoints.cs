using EwpGateway.Features.Manifest;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.Infrastructure.Xml;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Nominations;

/// <summary>
/// Outgoing Mobilities v3 (we are the sending HEI): <c>get</c> and <c>index</c> (GET and POST) and <c>update</c>
/// (POST, XML body), plus the OMobility CNR v2 receiver. A caller sees only the nominations whose receiving HEI
/// its key covers; <c>get</c>, <c>index</c> and <c>update</c> agree on that through <see cref="OmobilityQueries"/>.
/// </summary>
internal static class OmobilitiesEndpoints
{
    public const string GetPath = "ewp/omobilities/get";
    public const string IndexPath = "ewp/omobilities/index";
    public const string UpdatePath = "ewp/omobilities/update";

    private const string IdParameter = "omobility_id";
    private const string YearParameter = "receiving_academic_year_id";
    private const string ModifiedSinceParameter = "modified_since";

    /// <summary>
    /// Adds the options (<c>Ewp:Omobilities</c>, validated at start), the queries, the manifest entry, the CNR receiver
    /// the partner source the sync engine pulls incoming nominations with (<see cref="PartnerOmobilitySource"/>) and the
    /// sender of our decisions on incoming nominations (used by the outbox).
    /// </summary>
    public static IServiceCollection AddOmobilities(this IServiceCollection services)
    {
        services.AddOptions<OmobilitiesOptions>().BindConfiguration(OmobilitiesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<OmobilityQueries>();
        services.TryAddSingleton<IOmobilityUpdateSender, OmobilityDecisionSender>();
        services.AddSingleton<IManifestApiEntry, OmobilitiesManifestEntry>();
        services.AddOmobilityCnrReceiver();

        // What the sync engine pulls: the partners' nominations to us.
        services.AddEwpSchemas();
        services.TryAddSingleton<PayloadIssueRecorder>();
        services.TryAddSingleton<PartnerResponseReader>();
        services.AddScoped<IPartnerObjectSource, PartnerOmobilitySource>();
        return services;
    }

    public static IEndpointRouteBuilder MapOmobilities(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + GetPath, [HttpMethods.Get, HttpMethods.Post], GetAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpOmobilitiesGet");
        endpoints.MapMethods("/" + IndexPath, [HttpMethods.Get, HttpMethods.Post], IndexAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpOmobilitiesIndex");
        endpoints.MapPost("/" + UpdatePath, OmobilityUpdateEndpoint.HandleAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpOmobilitiesUpdate");
        endpoints.MapOmobilityCnrReceiver();
        return endpoints;
    }

    /// <summary>The HEIs the caller's key covers (from the authenticated principal).</summary>
    private static async Task<IResult> GetAsync(
        HttpContext context, OmobilityQueries queries, IOptions<OmobilitiesOptions> options, CancellationToken ct)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var unknown = parameters!.RejectUnknown(IdParameter);
        if (unknown is not null)
        {
            return unknown;
        }

        var (ids, idsError) = parameters.RequiredIds(IdParameter, options.Value.MaxOmobilityIds);
        if (idsError is not null)
        {
            return idsError;
        }

        return new OmobilitiesGetResult(await queries.VisibleAsync(EwpCaller.HeiIds(context.User), [.. ids], null, ct));
    }

    private static async Task<IResult> IndexAsync(HttpContext context, OmobilityQueries queries, CancellationToken ct)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var unknown = parameters!.RejectUnknown(YearParameter, ModifiedSinceParameter);
        if (unknown is not null)
        {
            return unknown;
        }

        var (years, yearsError) = parameters.AcademicYears(YearParameter, repeatable: false);
        if (yearsError is not null)
        {
            return yearsError;
        }

        var (since, sinceError) = parameters.ModifiedSince(ModifiedSinceParameter);
        if (sinceError is not null)
        {
            return sinceError;
        }

        var nominations = await queries.VisibleAsync(EwpCaller.HeiIds(context.User), null, years.Count == 0 ? null : years[0], ct);
        return new EwpIdListResult(
            "omobilities-index-response", EwpNamespaces.OmobilitiesIndexResponse, "omobility-id",
            [.. nominations.Where(n => since is null || n.Provenance.LastModified > since).Select(n => n.Id)]);
    }
}
