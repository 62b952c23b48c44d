using EwpGateway.Features.Manifest;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Iias;

/// <summary>
/// IIAs API v7: <c>get</c>, <c>index</c> (GET and POST) and <c>stats</c> (GET). The responding HEI is ours; a
/// caller sees only the agreements in which one of its HEIs is a partner.
/// </summary>
internal static class IiasEndpoints
{
    public const string GetPath = "ewp/iias/get";
    public const string IndexPath = "ewp/iias/index";
    public const string StatsPath = "ewp/iias/stats";

    private const string IiaIdParameter = "iia_id";
    private const string YearParameter = "receiving_academic_year_id";
    private const string ModifiedSinceParameter = "modified_since";

    /// <summary>
    /// Adds the IIAs options (<c>Ewp:Iias</c>, validated at start), the read queries, the manifest entry, the IIA CNR
    /// receivers, the IIAs Approval API and the partner IIA sources of the sync engine.
    /// </summary>
    public static IServiceCollection AddIias(this IServiceCollection services)
    {
        services.AddOptions<IiasOptions>().BindConfiguration(IiasOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<AgreementQueries>();
        services.TryAddSingleton<LocalAgreementVersions>();
        services.TryAddSingleton<ServedIias>();
        services.AddSingleton<IManifestApiEntry, IiasManifestEntry>();
        services.AddIiaCnrReceivers();
        services.AddIiasApproval();
        services.AddIiaSync();
        return services;
    }

    public static IEndpointRouteBuilder MapIias(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + GetPath, [HttpMethods.Get, HttpMethods.Post], GetAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpIiasGet");
        endpoints.MapMethods("/" + IndexPath, [HttpMethods.Get, HttpMethods.Post], IndexAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpIiasIndex");
        endpoints.MapGet("/" + StatsPath, StatsAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpIiasStats");
        endpoints.MapIiaCnrReceivers();
        endpoints.MapIiasApproval();
        return endpoints;
    }

    private static async Task<IResult> GetAsync(
        HttpContext context, ServedIias served, IOptions<IiasOptions> options, CancellationToken ct)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var unknown = parameters!.RejectUnknown(IiaIdParameter);
        if (unknown is not null)
        {
            return unknown;
        }

        var (ids, idsError) = parameters.RequiredIds(IiaIdParameter, options.Value.MaxIiaIds);
        if (idsError is not null)
        {
            return idsError;
        }

        return new IiasGetResult(await served.VisibleAsync(EwpCaller.HeiIds(context.User), [.. ids], ct));
    }

    private static async Task<IResult> IndexAsync(
        HttpContext context, AgreementQueries queries, IOptions<EwpHostOptions> host, CancellationToken ct)
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

        var (years, yearsError) = parameters.AcademicYears(YearParameter, repeatable: true);
        if (yearsError is not null)
        {
            return yearsError;
        }

        var (since, sinceError) = parameters.ModifiedSince(ModifiedSinceParameter);
        if (sinceError is not null)
        {
            return sinceError;
        }

        var ids = await queries.IndexAsync(EwpCaller.HeiIds(context.User), host.Value.HeiId, years, since, ct);
        return new EwpIdListResult("iias-index-response", EwpNamespaces.IiasIndexResponse, "iia-id", ids);
    }

    private static async Task<IResult> StatsAsync(
        HttpContext context, AgreementQueries queries, IOptions<EwpHostOptions> host, CancellationToken ct)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var unknown = parameters!.RejectUnknown();
        if (unknown is not null)
        {
            return unknown;
        }

        var home = host.Value.HeiId;
        int fetchable = 0, partnerOnly = 0, localOnly = 0, both = 0;
        foreach (var agreement in await queries.AllLocalAsync(ct))
        {
            if (IiaXmlWriter.OrderedPartners(agreement, home) is not var (_, other))
            {
                continue;
            }

            fetchable++;
            var hash = (await ServedIiaHash.ComputeAsync(agreement, home, ct)).Hash;

            // The partner approves our copy, so its approval counts only while our hash is unchanged.
            var partnerApproved = agreement.Approvals.Any(a => Same(a.HeiId, other.HeiId) && a.IiaHash == hash);
            var localApproved = agreement.Approvals.Any(a => Same(a.HeiId, home));
            (partnerOnly, localOnly, both) = (localApproved, partnerApproved) switch
            {
                (false, true) => (partnerOnly + 1, localOnly, both),
                (true, false) => (partnerOnly, localOnly + 1, both),
                (true, true) => (partnerOnly, localOnly, both + 1),
                _ => (partnerOnly, localOnly, both),
            };
        }

        return new IiasStatsResult(new IiasStats(fetchable, partnerOnly, localOnly, both));
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
