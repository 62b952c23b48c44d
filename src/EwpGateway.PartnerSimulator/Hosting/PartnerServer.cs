using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>
/// The WireMock server of one simulated partner on 127.0.0.1: one mapping per endpoint whose callback runs the
/// <see cref="PartnerPipeline"/>. A small middleware in front of WireMock reads the request, draws the faults, applies
/// the transport faults (latency, connection reset) and writes the signed <c>Date</c> (WireMock would set its own).
/// </summary>
internal sealed class PartnerServer : IDisposable
{
    private const string DateCarrier = "X-Simulator-Signed-Date";
    private static readonly Dictionary<string, SimEndpoint> ByPath =
        SimRoutes.PartnerPaths.ToDictionary(p => "/" + p.Value, p => p.Key, StringComparer.Ordinal);

    private readonly AsyncLocal<Exchange?> _current = new();
    private readonly SimulatedPartner _partner;
    private readonly SimulatorOptions _options;
    private readonly PartnerPipeline _pipeline;
    private readonly ILogger _logger;
    private readonly WireMockServer _server;

    public PartnerServer(SimulatedPartner partner, SimulatorOptions options, IReadOnlyDictionary<string, RSA> trustedKeys, int? port, ILogger logger)
    {
        _partner = partner;
        _options = options;
        _logger = logger;
        _pipeline = new PartnerPipeline(partner, options, trustedKeys, logger);
        _server = WireMockServer.Start(new WireMockServerSettings
        {
            Urls = [$"http://127.0.0.1:{port ?? 0}"],
            PreWireMockMiddlewareInit = app => ((IApplicationBuilder)app).Use(InterceptAsync),
        });
        foreach (var (endpoint, path) in SimRoutes.PartnerPaths)
        {
            _server.Given(Request.Create().WithPath("/" + path).UsingAnyMethod())
                .RespondWith(Response.Create().WithCallback(_ => RespondAsync(endpoint)));
        }

        BaseUrl = new Uri(_server.Urls[0].TrimEnd('/') + "/");
    }

    public Uri BaseUrl { get; }

    public void Dispose()
    {
        _server.Stop();
        _server.Dispose();
    }

    private async Task<IResponseMessage> RespondAsync(SimEndpoint endpoint)
    {
        var exchange = _current.Value ?? throw new InvalidOperationException("No request in flight for " + endpoint);
        try
        {
            var (status, headers, body) = await _pipeline.HandleAsync(exchange);
            if (headers.Remove("Date", out var date))
            {
                headers[DateCarrier] = date;
            }

            return new ResponseMessage
            {
                StatusCode = status,
                Headers = headers.ToDictionary(h => h.Key, h => new WireMockList<string>(h.Value), StringComparer.OrdinalIgnoreCase),
                BodyData = new BodyData { BodyAsBytes = body, DetectedBodyType = BodyType.Bytes },
            };
        }
        catch (Exception ex)
        {
            SimulatorLog.HandlerFailed(_logger, ex, _partner.HeiId, endpoint);
            throw;
        }
    }

    private async Task InterceptAsync(HttpContext context, Func<Task> next)
    {
        if (!ByPath.TryGetValue(context.Request.Path.Value ?? "", out var endpoint))
        {
            await next();
            return;
        }

        var aborted = context.RequestAborted;
        var request = await ReadAsync(context, endpoint, aborted);
        var exchange = new Exchange(request, _partner.Faults.Draw(endpoint), _options.TimeProvider.GetUtcNow(), aborted);
        foreach (var latency in exchange.Faults.Where(f => f.Kind == SimFaultKind.Latency))
        {
            try
            {
                await Task.Delay(latency.Delay, _options.TimeProvider, aborted);
            }
            catch (OperationCanceledException)
            {
                _partner.Requests.Add(PartnerPipeline.Record(exchange, null, 0, SimFaultKind.Latency));
                return;
            }
        }

        if (exchange.Faults.FirstOrDefault(f => f.Kind == SimFaultKind.ConnectionReset) is not null)
        {
            _partner.Requests.Add(PartnerPipeline.Record(exchange, null, 0, exchange.Faults[0].Kind));
            SimulatorLog.ConnectionReset(_logger, _partner.HeiId, endpoint);
            context.Abort();
            return;
        }

        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (headers.TryGetValue(DateCarrier, out var date))
            {
                headers.Date = date;
                headers.Remove(DateCarrier);
            }

            return Task.CompletedTask;
        });
        _current.Value = exchange;
        await next();
    }

    private static async Task<SimRequest> ReadAsync(HttpContext context, SimEndpoint endpoint, CancellationToken cancellationToken)
    {
        context.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, cancellationToken);
        context.Request.Body.Position = 0;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value.ToArray()), StringComparer.OrdinalIgnoreCase);
        return new SimRequest(endpoint, context.Request.Method, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", headers, buffer.ToArray());
    }
}
