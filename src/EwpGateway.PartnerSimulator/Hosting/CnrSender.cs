using EwpGateway.HttpSignatures;
using Microsoft.Extensions.Logging;

namespace EwpGateway.PartnerSimulator.Hosting;

/// <summary>Posts signed CNRs from a simulated partner to the gateway.</summary>
internal sealed class CnrSender(SimulatedPartner partner, SimulatorOptions options) : IDisposable
{
    private readonly HttpClient _http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(1) }) { Timeout = TimeSpan.FromSeconds(30) };

    public async Task<IReadOnlyList<int>> SendAsync(SimCnrKind kind, string objectId, int copies, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(objectId);
        ArgumentOutOfRangeException.ThrowIfLessThan(copies, 1);
        var gateway = options.GatewayBaseUrl
            ?? throw new InvalidOperationException($"{nameof(SimulatorOptions.GatewayBaseUrl)} is not set: there is no gateway to notify.");
        var url = SimRoutes.Combine(gateway, SimRoutes.GatewayPaths[SimRoutes.ReceiverOf(kind)]);
        var parameter = kind is SimCnrKind.Iia or SimCnrKind.IiaApproval ? "iia_id" : "omobility_id";
        var statuses = await Task.WhenAll(Enumerable.Range(0, copies).Select(_ => SendOneAsync(url, parameter, objectId, cancellationToken)));
        SimulatorLog.CnrSent(options.LoggerFactory.CreateLogger<CnrSender>(), partner.HeiId, copies, kind, objectId, url);
        return statuses;
    }

    public void Dispose() => _http.Dispose();

    private async Task<int> SendOneAsync(Uri url, string parameter, string objectId, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new FormUrlEncodedContent([new KeyValuePair<string, string>(parameter, objectId)]),
        };
        // With the expired-key fault the partner signs its notifications with the key the catalogue no longer lists, too.
        var key = partner.Faults.UnlistedSigningKey ? partner.Keys.Unlisted : partner.Keys.Client;
        await new HttpRequestSigner(key, null, options.TimeProvider).SignAsync(request, cancellationToken);
        try
        {
            using var response = await _http.SendAsync(request, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
