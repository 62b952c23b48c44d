using EwpGateway.HttpSignatures;

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
            var path = context.Request.Path.Value ?? "";
            var rest = path.Length > 5 ? path[5..] : "";
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            var api = (slash < 0 ? rest : rest[..slash]).ToLowerInvariant();
            metrics.RequestServed(api.Length is 0 or > 40 ? "(none)" : api, context.Response.StatusCode);
            if (context.Features.Get<IHttpSignatureFailureFeature>() is { } failure)
            {
                metrics.SignatureRefused(failure.Reason.ToString());
            }
        }
    }
}
