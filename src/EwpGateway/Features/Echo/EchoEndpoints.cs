using System.Xml;
using EwpGateway.Features.Manifest;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Authentication;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Features.Echo;

/// <summary>
/// Echo API v2: lets partners and the EWP validator test the gateway's security stack. Answers the HEIs
/// the authenticated caller covers and the <c>echo</c> parameters in order.
/// </summary>
internal static class EchoEndpoints
{
    public const string Path = "ewp/echo";

    public static IServiceCollection AddEcho(this IServiceCollection services)
    {
        services.AddSingleton<IManifestApiEntry, EchoManifestEntry>();
        return services;
    }

    public static IEndpointRouteBuilder MapEcho(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/" + Path, [HttpMethods.Get, HttpMethods.Post], EchoAsync)
            .RequireAuthorization(EwpAuthorization.PolicyName)
            .WithName("EwpEcho");
        return endpoints;
    }

    private static async Task<IResult> EchoAsync(HttpContext context, CancellationToken cancellationToken)
    {
        var (parameters, error) = await EwpParameters.ReadAsync(context.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var echoes = parameters!.GetAll("echo");
        foreach (var echo in echoes)
        {
            try
            {
                XmlConvert.VerifyXmlChars(echo);
            }
            catch (XmlException)
            {
                return EwpErrorResult.BadRequest("An echo value contains characters that XML 1.0 cannot carry.");
            }
        }

        var heiIds = EwpCaller.HeiIds(context.User);
        return new EchoResult([.. heiIds], echoes);
    }
}
