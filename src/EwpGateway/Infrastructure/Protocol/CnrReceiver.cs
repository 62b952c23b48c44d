using System.Security.Claims;
using EwpGateway.Features.Manifest;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Infrastructure.Protocol;

/// <summary>
/// The change-notification receivers of every EWP API, built one way: POST only, the ids recorded in the
/// inbox (deduplicated) and an empty response element at once. Nothing is fetched inside the request; the
/// sync worker pulls the objects later, so a notification for an unknown or deleted object is fine too.
/// </summary>
internal static class CnrReceiver
{
    public static IServiceCollection AddCnrReceiver(this IServiceCollection services, CnrDefinition cnr)
    {
        services.AddSingleton<IManifestApiEntry>(new CnrManifestEntry(cnr));
        return services;
    }

    public static IEndpointRouteBuilder MapCnrReceiver(this IEndpointRouteBuilder endpoints, CnrDefinition cnr)
    {
        endpoints.MapPost("/" + cnr.Path, (HttpContext context, InboxWriter inbox, CancellationToken ct) => ReceiveAsync(context, inbox, cnr, ct))
            .RequireAuthorization(EwpAuthorization.PolicyName)
            .WithName(cnr.EntryElement);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(HttpContext context, InboxWriter inbox, CnrDefinition cnr, CancellationToken ct)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, ct);
        if (error is not null)
        {
            return error;
        }

        var (ids, idsError) = parameters!.RequiredIds(cnr.IdParameter, cnr.MaxIds);
        if (idsError is not null)
        {
            return idsError;
        }

        if (ids.FirstOrDefault(id => id.Length is 0 or > 200) is { } bad)
        {
            return EwpErrorResult.BadRequest($"'{cnr.IdParameter}' values must be 1 to 200 characters long; got '{bad}'.");
        }

        var user = context.User;
        var heiIds = EwpCaller.HeiIds(user);
        var keyId = user.FindFirstValue(EwpClaimTypes.KeyId) ?? user.FindFirstValue(ClientCertificateHandler.CertificateFingerprintClaim) ?? "";
        await inbox.RecordAsync(cnr.Kind, heiIds, keyId, ids.ToList(), ct);
        return EwpIdListResult.Empty(cnr.ResponseElement, cnr.ResponseNamespace);
    }
}
