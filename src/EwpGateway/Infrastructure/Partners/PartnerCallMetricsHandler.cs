using EwpGateway.Infrastructure.Observability;

namespace EwpGateway.Infrastructure.Partners;

/// <summary>
/// Measures each partner call as the caller sees it (retries included) for the <c>ewp.partner.call.duration</c>
/// histogram: by partner host and outcome (HTTP status class, or the exception type).
/// </summary>
internal sealed class PartnerCallMetricsHandler(GatewayMetrics metrics, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var host = request.RequestUri?.Authority ?? "?";
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            metrics.PartnerCall(host, $"{(int)response.StatusCode / 100}xx", time.GetElapsedTime(started));
            return response;
        }
        catch (Exception ex)
        {
            metrics.PartnerCall(host, ex.GetType().Name, time.GetElapsedTime(started));
            throw;
        }
    }
}
