using EwpGateway.Features.Registry;
using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>
/// Records every call we make to a partner (retries included: one record per attempt, placed inside the resilience
/// pipeline): the partner HEIs the called host covers, status or error, duration, the clock offset of the partner's
/// response Date and (capped) both bodies.
/// </summary>
internal sealed class OutboundExchangeHandler(ExchangeRecorder recorder, IRegistryCatalogueProvider catalogues, TimeProvider time) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!recorder.Enabled)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        var started = time.GetTimestamp();
        var at = time.GetUtcNow();
        var limit = recorder.MaxBodyBytes;
        var requestBody = limit > 0 && request.Content is not null ? await request.Content.ReadAsByteArrayAsync(cancellationToken) : [];
        var exchange = new Exchange
        {
            At = at,
            Direction = ExchangeDirection.Outbound,
            PartnerHeiIds = PartnersOf(request.RequestUri),
            Api = ApiOf(request.RequestUri),
            Method = request.Method.Method,
            Url = Cut(request.RequestUri?.ToString() ?? "", 2000),
            RequestBody = ExchangeRecorder.Compress(requestBody.AsSpan(0, Math.Min(requestBody.Length, limit))),
            BodiesTruncated = requestBody.Length > limit,
        };
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            exchange.Status = (int)response.StatusCode;
            exchange.RequestId = Cut(HttpRequestSigner.GetHeader(request, "X-Request-Id") ?? "", 64);
            if (response.Headers.Date is { } date)
            {
                exchange.ClockOffsetSeconds = Math.Round((date - time.GetUtcNow()).TotalSeconds, 1);
            }

            if (limit > 0)
            {
                // The signing handler below has buffered the body to verify its digest (in memory, or a temporary file
                // when large); only the kept part is read, straight into the compressor (no copy of it). The content
                // hands out one shared stream over its buffer: rewound, not disposed, for the caller. Other content is
                // loaded into memory first.
                if (response.Content is not StreamContent)
                {
                    await response.Content.LoadIntoBufferAsync(cancellationToken);
                }

                var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                if (body.CanSeek)
                {
                    body.Position = 0;
                    exchange.ResponseBody = await ExchangeRecorder.CompressAsync(body, limit, cancellationToken);
                    body.Position = 0;
                    exchange.BodiesTruncated |= body.Length > limit;
                }
            }

            return response;
        }
        catch (Exception ex)
        {
            exchange.Error = Cut($"{ex.GetType().Name}: {ex.Message}", 2000);
            throw;
        }
        finally
        {
            exchange.DurationMs = (long)time.GetElapsedTime(started).TotalMilliseconds;
            recorder.Record(exchange);
        }
    }

    private string PartnersOf(Uri? url) =>
        url is null || catalogues.Current is not { } catalogue ? "" : Cut(string.Join(' ', catalogue.HeisServedAt(url.Authority)), 2000);

    private static string ApiOf(Uri? url)
    {
        var segments = url?.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? [];

        // Partners put their APIs anywhere; the last segment naming an action (get, index...) is preceded by the API.
        var last = segments.Length == 0 ? "" : segments[^1].ToLowerInvariant();
        var api = last is "get" or "index" or "update" or "stats" && segments.Length > 1 ? segments[^2] : last;
        return Cut(api.ToLowerInvariant(), 64);
    }

    private static string Cut(string value, int max) => value.Length > max ? value[..max] : value;
}
