using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Protocol;

namespace EwpGateway.Infrastructure.Observability;

/// <summary>Counts every EWP request by API (the first path segment after <c>/ewp/</c>) and status, and signature refusals by reason.</summary>
internal sealed class EwpRequestMetricsMiddleware(RequestDelegate next, GatewayMetrics metrics)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        finally
        {
            var api = EwpApiName.Of(context.Request.Path);
            metrics.RequestServed(api.Length == 0 ? "(none)" : api, context.Response.StatusCode);
            if (context.Features.Get<IHttpSignatureFailureFeature>() is { } failure)
            {
                metrics.SignatureRefused(failure.Reason.ToString());
            }
        }
    }
}
