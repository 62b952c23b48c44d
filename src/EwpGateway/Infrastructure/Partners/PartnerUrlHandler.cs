namespace EwpGateway.Infrastructure.Partners;

/// <summary>
/// Outermost handler of the partner clients: sends the request to the absolute URL the caller resolved from the
/// registry (see <see cref="PartnerUrl"/>), before the resilience pipeline picks its per-authority pipeline.
/// </summary>
internal sealed class PartnerUrlHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Options.TryGetValue(PartnerUrl.Key, out var url) || !url.IsAbsoluteUri)
        {
            throw new InvalidOperationException("A partner call needs the absolute endpoint URL from the registry (PartnerUrl).");
        }

        request.RequestUri = url;
        return base.SendAsync(request, cancellationToken);
    }
}
