using System.Xml;
using EwpGateway.HttpSignatures;
using EwpGateway.PartnerSimulator;
using EwpGateway.PartnerSimulator.Hosting;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// A simulated partner as an EWP client of the gateway: requests signed with the partner's listed client key (the
/// simulator's own signer), every answer recorded in <see cref="GatewayAnswers"/>.
/// </summary>
internal sealed class PartnerCaller(SimulatedPartner partner, Uri gateway, GatewayAnswers answers) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private readonly HttpRequestSigner _signer = new(partner.Keys.Client, null, TimeProvider.System);

    public SimulatedPartner Partner => partner;

    /// <summary>A CNR to the gateway's receiver for <paramref name="endpoint"/> about <paramref name="id"/>; returns the status.</summary>
    public Task<int> NotifyAsync(SimEndpoint endpoint, string id, CancellationToken ct) =>
        PostAsync(SimRoutes.GatewayPaths[endpoint], [new(endpoint is SimEndpoint.IiaCnr or SimEndpoint.IiaApprovalCnr ? "iia_id" : "omobility_id", id)], ct);

    /// <summary>A form POST to <paramref name="path"/> (relative to the gateway's base); returns the status (0: no answer).</summary>
    public async Task<int> PostAsync(string path, IReadOnlyList<KeyValuePair<string, string>> form, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(gateway, path)) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(path, request, ct);
    }

    /// <summary>A GET of <paramref name="pathAndQuery"/>; returns the status (0: no answer).</summary>
    public async Task<int> GetAsync(string pathAndQuery, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(gateway, pathAndQuery));
        return await SendAsync(pathAndQuery.Split('?')[0], request, ct);
    }

    public void Dispose() => _http.Dispose();

    private async Task<int> SendAsync(string path, HttpRequestMessage request, CancellationToken ct)
    {
        var at = TimeProvider.System.GetUtcNow();
        var started = TimeProvider.System.GetTimestamp();
        await _signer.SignAsync(request, ct);
        int status;
        string? root = null;
        try
        {
            using var response = await _http.SendAsync(request, ct);
            status = (int)response.StatusCode;
            root = RootOf(await response.Content.ReadAsByteArrayAsync(ct));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            status = 0;
        }

        answers.Add(new GatewayAnswer(at, partner.HeiId, path, status, root, TimeProvider.System.GetElapsedTime(started)));
        return status;
    }

    private static string? RootOf(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            return reader.MoveToContent() == XmlNodeType.Element ? reader.LocalName : null;
        }
        catch (XmlException)
        {
            return "(not xml)";
        }
    }
}
