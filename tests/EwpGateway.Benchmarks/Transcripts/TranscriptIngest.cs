using System.Diagnostics;
using EwpGateway.Benchmarks.Hosting;
using EwpGateway.PartnerSimulator;
using EwpGateway.PartnerSimulator.Data;

namespace EwpGateway.Benchmarks.Transcripts;

/// <summary>
/// The gateway ingests a partner's transcript of one of our students: a full reconciliation of the simulated partner's
/// IMobility ToRs (index, get, response signature and digest, XSD, ELMO read, PDF decoded, stored).
/// </summary>
internal static class TranscriptIngest
{
    private const string PartnerHeiId = "utwente.nl";
    private const string Api = "imobility-tors";
    private const string OmobilityId = "bench-om-1";
    private const string WarmUpHeiId = "itg.be";

    public static async Task<TranscriptResult> RunAsync(long pdfBytes, bool signedElmo, TimeSpan timeout, CancellationToken ct)
    {
        using var folder = new BenchFolder();
        using var gatewayClient = new BenchKey();
        using var gatewayServer = new BenchKey();
        var port = FreePort.Next();
        var simulator = new SimulatorOptions
        {
            AgreementsPerPartner = 0,
            NominationsPerPartner = 0,
            TranscriptsPerPartner = 0,
            GatewayBaseUrl = new Uri($"http://127.0.0.1:{port}/"),
        };
        simulator.PartnerHeiIds.Add(PartnerHeiId);
        simulator.PartnerHeiIds.Add(WarmUpHeiId);
        simulator.GatewayClientKeys.Add(gatewayClient.Rsa);
        simulator.GatewayServerKeys.Add(gatewayServer.Rsa);
        await using var network = SimulatedNetwork.Start(simulator);
        var partner = network[PartnerHeiId];
        await using var server = await GatewayServer.StartAsync(
            folder.Path,
            port,
            network.CatalogueUrl.ToString(),
            gatewayClient.WritePem(folder.Path, "client.pem"),
            gatewayServer.WritePem(folder.Path, "server.pem"),
            ["--Ewp:Outbox:Enabled=false"],
            ct);
        await ReconciledLine.WaitAsync(server, 0, Api, PartnerHeiId, TimeSpan.FromSeconds(75), optional: true, ct);
        await ReconciledLine.WaitAsync(server, 0, Api, WarmUpHeiId, TimeSpan.FromSeconds(75), optional: true, ct);

        // Warm-up, unmeasured, as the serving side and the sync have: a small transcript of a second partner ingested first,
        // so that the code paths are compiled and the XSD loaded before the measurement.
        var warm = server.LineCount;
        network[WarmUpHeiId].Data.Transcripts.Upsert(Transcript(OmobilityId, 20_000, signedElmo));
        await server.RequestResyncAsync(WarmUpHeiId, ct);
        await ReconciledLine.WaitAsync(server, warm, Api, WarmUpHeiId, timeout, optional: false, ct);

        partner.Data.Transcripts.Upsert(Transcript(OmobilityId, pdfBytes, signedElmo));
        var xmlBytes = await ResponseSizeAsync(partner, gatewayClient, ct);

        var mark = server.LineCount;
        var memory = await MemoryFigures.WatchAsync(server, ct);
        var clock = Stopwatch.StartNew();
        await server.RequestResyncAsync(PartnerHeiId, ct);
        var line = await ReconciledLine.WaitAsync(server, mark, Api, PartnerHeiId, timeout, optional: false, ct);
        var elapsed = clock.Elapsed;
        if (line!.Stored != 1)
        {
            throw new InvalidOperationException($"The transcript was not stored: {line}");
        }

        return new TranscriptResult(signedElmo ? "ingested (signed ELMO)" : "ingested", pdfBytes, xmlBytes, elapsed, await memory(ct));
    }

    private static SimTranscript Transcript(string omobilityId, long pdfBytes, bool signedElmo) =>
        SeedData.Transcript(omobilityId, new Random(7)) with { Pdf = FakePdf.Of(pdfBytes), Signed = signedElmo };

    /// <summary>The size of the partner's get response, asked with the gateway's key (the simulator trusts it).</summary>
    private static async Task<long> ResponseSizeAsync(SimulatedPartner partner, BenchKey gatewayClient, CancellationToken ct)
    {
        var signer = new EwpGateway.HttpSignatures.HttpRequestSigner(gatewayClient.Rsa, null, TimeProvider.System);
        using var request = new HttpRequestMessage(
            HttpMethod.Get, new Uri(partner.BaseUrl, $"imobility-tors/get?receiving_hei_id={PartnerHeiId}&omobility_id={OmobilityId}"));
        await signer.SignAsync(request, ct);
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadAsByteArrayAsync(ct)).LongLength;
    }
}
