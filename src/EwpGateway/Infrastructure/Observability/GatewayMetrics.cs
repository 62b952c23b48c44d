using System.Diagnostics.Metrics;

namespace EwpGateway.Infrastructure.Observability;

/// <summary>
/// The gateway's own instruments (meter <c>EwpGateway</c>), exported at <c>/metrics</c> in Prometheus format next to
/// ASP.NET Core's and HttpClient's built-in ones (partner call latency is <c>http_client_request_duration_seconds</c>
/// by <c>server_address</c>).
/// </summary>
internal sealed class GatewayMetrics : IDisposable
{
    public const string MeterName = "EwpGateway";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Counter<long> _signatureFailures;
    private readonly Histogram<double> _partnerCalls;

    public GatewayMetrics(IMeterFactory meters, MetricsSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(snapshot);
        _meter = meters.Create(MeterName);
        _requests = _meter.CreateCounter<long>("ewp.server.requests", "{request}", "EWP requests served, by API and HTTP status.");
        _signatureFailures = _meter.CreateCounter<long>("ewp.signature.failures", "{request}", "EWP requests refused by HTTP signature verification, by reason.");
        _partnerCalls = _meter.CreateHistogram<double>("ewp.partner.call.duration", "s", "Duration of calls to partner EWP APIs, by partner host and outcome.");
        _meter.CreateObservableGauge("ewp.outbox.depth", () => snapshot.OutboxDepth, "{cnr}", "Our CNRs waiting to be delivered, by partner.");
        _meter.CreateObservableGauge("ewp.outbox.failed", () => snapshot.OutboxFailed, "{cnr}", "Our CNRs given up, by partner.");
        _meter.CreateObservableGauge("ewp.inbox.depth", () => snapshot.InboxDepth, "{cnr}", "Partners' CNRs waiting to be fetched.");
        _meter.CreateObservableGauge("ewp.sync.lag", () => snapshot.SyncLag, "s", "Seconds since the oldest last successful sync of any API, by partner.");
    }

    public void RequestServed(string api, int statusCode) =>
        _requests.Add(1, new KeyValuePair<string, object?>("api", api), new KeyValuePair<string, object?>("status", statusCode));

    public void SignatureRefused(string reason) =>
        _signatureFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void PartnerCall(string host, string outcome, TimeSpan duration) =>
        _partnerCalls.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("partner", host), new KeyValuePair<string, object?>("outcome", outcome));

    public void Dispose() => _meter.Dispose();
}
