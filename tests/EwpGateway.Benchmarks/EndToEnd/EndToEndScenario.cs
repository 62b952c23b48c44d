using System.Text.RegularExpressions;
using EwpGateway.Benchmarks.Hosting;

namespace EwpGateway.Benchmarks.EndToEnd;

/// <summary>
/// Signed IIAs <c>get</c> over loopback against the real gateway on Kestrel (its own process, SQLite, the sample data
/// plus copies of the partner's agreement): with 1 id and with the max ids the manifest announces, the peak (closed loop)
/// then the latency at 50% and 90% of that peak (open loop).
/// </summary>
internal sealed partial class EndToEndScenario(BenchOptions options, double signsPerSecondPerCore)
{
    private const int WarmUpRequests = 6000;

    public async Task<IReadOnlyList<EndToEndResult>> RunAsync(CancellationToken ct)
    {
        using var folder = new BenchFolder();
        using var gatewayClient = new BenchKey();
        using var gatewayServer = new BenchKey();
        using var partnerClient = new BenchKey();
        var catalogue = BenchCatalogue.Write(folder.Path, gatewayClient, gatewayServer, partnerClient);
        await using var server = await GatewayServer.StartAsync(
            folder.Path,
            FreePort.Next(),
            catalogue,
            gatewayClient.WritePem(folder.Path, "client.pem"),
            gatewayServer.WritePem(folder.Path, "server.pem"),
            ["--Ewp:SampleData=true", "--Ewp:Sync:Enabled=false", "--Ewp:Outbox:Enabled=false"],
            ct);
        var ids = await AgreementSeeder.SeedAsync(server, BenchCatalogue.PartnerHeiId, options.Agreements, ct);
        var maxIds = await MaxIiaIdsAsync(server, ct);
        Console.WriteLine($"e2e: {ids.Count} agreements seeded; the manifest announces max-iia-ids {maxIds}");

        var gets = new SignedIiaGets(server.BaseUrl, new SignedResponseCheck(partnerClient.Rsa, gatewayServer.Rsa));
        using var http = SignedIiaGets.CreateClient();
        var results = new List<EndToEndResult>();
        foreach (var perRequest in new[] { 1, Math.Min(maxIds, ids.Count) }.Distinct())
        {
            var driver = new LoadDriver(server.Meter, (request, token) => gets.SendAsync(http, request, perRequest, token));
            // Warm-up, not measured: the runtime compiles the hot paths again with profile data during the first few
            // thousand requests, and that background compiling would count as server CPU in the peak. With 2,000 requests
            // (3 s at 700 req/s) a profile of the 1-id peak still had 14 % of the gateway's CPU in the JIT.
            var warmup = await driver.ClosedLoopAsync(
                await gets.PresignAsync(ids, perRequest, WarmUpRequests, ct), options.PeakConcurrency, options.WarmupDuration, ct);

            // Enough pre-signed requests for the phase at four times the warm-up's rate (the client signs each, one RSA
            // sign, so a pool sized from the RSA limit cost seconds of signing for requests never sent); the server
            // cannot answer faster than it signs, which caps it.
            var limit = signsPerSecondPerCore * Environment.ProcessorCount;
            var pool = (int)Math.Max(1000, Math.Min(limit, warmup.Throughput * 4) * options.PhaseDuration.TotalSeconds);
            var signed = await gets.PresignAsync(ids, perRequest, pool, ct);
            Console.WriteLine($"e2e {perRequest} id(s): peak phase starts (gateway pid {server.Meter.Pid})");
            var peak = await driver.ClosedLoopAsync(signed, options.PeakConcurrency, options.PhaseDuration, ct);
            Console.WriteLine($"e2e {perRequest} id(s): peak {peak.Throughput:F0} req/s on {peak.ServerCores:F2} server cores, client {peak.ClientCores:F2} cores, p50 {peak.Percentile(0.5):F1} ms ({peak.Failures} failures)");
            var half = await AtRateAsync(driver, gets, ids, perRequest, peak.Throughput * 0.5, ct);
            var ninety = await AtRateAsync(driver, gets, ids, perRequest, peak.Throughput * 0.9, ct);
            Console.WriteLine($"e2e {perRequest} id(s): p50/p99 {half.Percentile(0.5):F1}/{half.Percentile(0.99):F1} ms at 50% ({half.Requests} samples), "
                + $"{ninety.Percentile(0.5):F1}/{ninety.Percentile(0.99):F1} ms at 90% ({ninety.Requests} samples)");
            if (peak.Requests >= signed.Length)
            {
                Console.WriteLine($"e2e {perRequest} id(s): the peak phase used all {signed.Length} pre-signed requests before its end");
            }
            results.Add(new EndToEndResult(perRequest, peak, half, ninety, gets.LastResponseBytes));
        }

        await server.DisposeAsync();
        return await WithReferenceAsync(results, Path.Combine(folder.Path, "server.pem"), ct);
    }

    /// <summary>
    /// The same closed loop against the <see cref="ReferenceServer"/> (after the gateway has stopped), with the gateway's
    /// response size of each run and the gateway's response key: the most any server on Kestrel that signs each response
    /// reaches here.
    /// </summary>
    private async Task<IReadOnlyList<EndToEndResult>> WithReferenceAsync(List<EndToEndResult> results, string keyPem, CancellationToken ct)
    {
        await using var reference = await ReferenceServer.StartAsync(keyPem, ct);
        using var http = SignedIiaGets.CreateClient();
        var measured = new List<EndToEndResult>();
        foreach (var run in results)
        {
            var bytes = run.ResponseBytes;
            var driver = new LoadDriver(reference.Meter, (request, token) => ReferenceServer.CheckAsync(http, request, bytes, token));
            HttpRequestMessage[] Requests(int count) => [.. Enumerable.Range(0, count).Select(i => reference.Request(bytes, i))];
            var warmup = await driver.ClosedLoopAsync(Requests(WarmUpRequests), options.PeakConcurrency, options.WarmupDuration, ct);
            var pool = (int)Math.Max(1000, warmup.Throughput * 4 * options.PhaseDuration.TotalSeconds);
            var peak = await driver.ClosedLoopAsync(Requests(pool), options.PeakConcurrency, options.PhaseDuration, ct);
            Console.WriteLine($"e2e reference, {bytes} byte bodies: peak {peak.Throughput:F0} req/s on {peak.ServerCores:F2} server cores, "
                + $"{peak.ThroughputPerServerCore:F0} per core, client {peak.ClientCores:F2} cores ({peak.Failures} failures)");
            measured.Add(run with { Reference = peak });
        }

        return measured;
    }

    private async Task<LoadResult> AtRateAsync(LoadDriver driver, SignedIiaGets gets, IReadOnlyList<string> ids, int perRequest, double rate, CancellationToken ct)
    {
        var count = (int)Math.Max(50, rate * options.PhaseDuration.TotalSeconds);
        return await driver.OpenLoopAsync(await gets.PresignAsync(ids, perRequest, count, ct), rate, ct);
    }

    private static async Task<int> MaxIiaIdsAsync(GatewayServer server, CancellationToken ct)
    {
        using var http = new HttpClient { BaseAddress = server.BaseUrl };
        var manifest = await http.GetStringAsync("ewp/manifest", ct);
        var match = MaxIiaIds().Match(manifest);
        return match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
    }

    [GeneratedRegex(@"<(?:\w+:)?max-iia-ids>\s*(\d+)\s*<")]
    private static partial Regex MaxIiaIds();
}
