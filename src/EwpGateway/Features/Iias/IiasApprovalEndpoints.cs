using EwpGateway.Features.Manifest;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.Infrastructure.Protocol;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Iias;

/// <summary>
/// IIAs Approval API v2 (GET and POST): for each <c>iia_id</c> of the CALLER's copies we hold, the hash we approved,
/// while that hash is still the copy's current one. Unknown, unapproved and outdated approvals are omitted.
/// </summary>
internal static class IiasApprovalEndpoints
{
    public const string Path = "ewp/iias-approval";

    private const string IiaIdParameter = "iia_id";

    public static IServiceCollection AddIiasApproval(this IServiceCollection services)
    {
        services.AddSingleton<IManifestApiEntry, IiasApprovalManifestEntry>();
        return services;
    }

    public static IEndpointRouteBuilder MapIiasApproval(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + Path, [HttpMethods.Get, HttpMethods.Post], ApprovalAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName).WithName("EwpIiasApproval");
        return endpoints;
    }

    private static async Task<IResult> ApprovalAsync(
        HttpContext context, AgreementQueries queries, IOptions<IiasOptions> options, IOptions<EwpHostOptions> host, CancellationToken ct)
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

        var (ids, idsError) = parameters.RequiredIds(IiaIdParameter, options.Value.MaxApprovalIiaIds);
        if (idsError is not null)
        {
            return idsError;
        }

        var home = host.Value.HeiId;
        var callers = EwpCaller.HeiIds(context.User);
        var copies = await queries.PartnerCopiesAsync(callers, home, [.. ids], ct);
        return new IiasApprovalResult([.. copies.Select(copy => Approval(copy, home)).OfType<IiaApprovalEntry>()]);
    }

    // Any change to the partner's copy changes its hash and so ends our approval of it.
    private static IiaApprovalEntry? Approval(Agreement copy, string home) =>
        copy.IiaHash is { } current
        && copy.Approvals.Any(a => string.Equals(a.HeiId, home, StringComparison.OrdinalIgnoreCase) && a.IiaHash == current)
            ? new IiaApprovalEntry(copy.Provenance.PartnerObjectId!, current)
            : null;
}
