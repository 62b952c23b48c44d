using System.Net;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL is stopped and started again (fast, then immediate: a crash) while partners notify and read and our
/// mobility system writes. While it is down the gateway answers 503 <c>&lt;error-response&gt;</c> (temporarily
/// unavailable: the partner retries) and gRPC Unavailable, <c>/readyz</c> says 503; once it is back the same gateway
/// process recovers by itself: <c>/readyz</c> 200, requests answered, every acknowledged CNR processed, nothing stored
/// twice, every queued CNR delivered. The server commits synchronously, so an acknowledged CNR survives the crash.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class PostgresRestartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostgresRestartedUnderLoad_GatewayRecoversWithoutRestart_NothingLostNothingDuplicated()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();

        // The timeline goes to the test output: where the time went, if a run is slow.
        void Mark(string what) => TestContext.Current.TestOutputHelper?.WriteLine($"{clock.Elapsed.TotalSeconds:0.0} s ({TimeProvider.System.GetUtcNow():HH:mm:ss.f}) {what}");
        await using var postgres = new PostgresServer { DurableCommits = true };
        await postgres.InitializeAsync();
        await using var host = ReliabilityHost.Start(o =>
        {
            o.PartnerCount = 3;
            o.AgreementsPerPartner = 2;
            o.NominationsPerPartner = 1;
            o.MaxIds = 3;
            o.Seed = 21;
        }, await postgres.CreateDatabaseAsync(Ct), new Dictionary<string, string?>
        {
            // The production leases: work interrupted by the outage must resume once the database is back, not when they expire.
            ["Ewp:Sync:LeaseDuration"] = "00:10:00",
            ["Ewp:Outbox:LeaseDuration"] = "00:10:00",
        });
        Mark("started");
        using var http = new HttpClient { BaseAddress = host.EwpAddress, Timeout = TimeSpan.FromSeconds(30) };
        var ledger = new SoakLedger();
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(host.Network.Partners.SelectMany((p, i) => new[]
        {
            SoakLoad.NotifyAsync(host.Callers[p.HeiId], ledger, stop.Token, 300 + i, Ct),
            SoakLoad.ReadAsync(host.Callers[p.HeiId], ledger, stop.Token, 400 + i, Ct),
            SoakLoad.WriteAsync(host.Grpc, p.HeiId, ledger, stop.Token, Ct),
        }));

        var probes = new List<string>();
        for (var cycle = 0; cycle < ReliabilitySettings.Cycles; cycle++)
        {
            foreach (var mode in new[] { "fast", "immediate" })
            {
                await Task.Delay(TimeSpan.FromSeconds(3), Ct);
                Mark("stopping");
                await postgres.StopAsync(mode);
                Mark("stopped");
                probes.Add($"{mode}: readyz {(int)(await http.GetAsync("readyz", Ct)).StatusCode}");
                probes.Add($"{mode}: {await ProbeAsync(host, ledger, "ewp/iia-cnr")}");
                probes.Add($"{mode}: {await ProbeAsync(host, ledger, "ewp/iias/get")}");
                await Task.Delay(TimeSpan.FromSeconds(2), Ct);
                await postgres.StartAsync();
                Mark("starting");
                probes.Add($"{mode}: readyz after start {await ReadyAgainAsync(http)}");
                Mark("ready");
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(3), Ct);
        await stop.CancelAsync();
        await load;
        Mark("load done");
        var after = await Task.WhenAll(host.Callers.Values.Select(async c => (c.Partner.HeiId, Status: await c.NotifyAsync(SimEndpoint.IiaCnr, "after-restart", Ct))));
        foreach (var (partner, status) in after)
        {
            Record(ledger, partner, "after-restart", status);
        }

        await Settling.WaitAsync(host.Db, TimeProvider.System.GetUtcNow(), TimeSpan.FromSeconds(120), Ct);

        Mark("settled");
        if (ledger.GrpcTimes.Count > 0 && host.Answers.Snapshot().Count > 0)
        {
            var slowest = ledger.GrpcTimes.MaxBy(a => a.Took);
            var slowestAnswer = host.Answers.Snapshot().MaxBy(a => a.Took)!;
            Mark($"slowest gRPC call: {slowest.Call} took {slowest.Took.TotalSeconds:0.0} s; slowest partner request: {slowestAnswer.Path} at {slowestAnswer.At:HH:mm:ss.f} took {slowestAnswer.Took.TotalSeconds:0.0} s");
        }

        var answers = host.Answers.Snapshot();
        var refused = answers.Where(a => a.Status != 200).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{2 * ReliabilitySettings.Cycles} restarts: {answers.Count} partner requests, {refused.Count} answered during outages; " +
            $"{ledger.GrpcFailures.Count} gRPC calls refused; probes: {string.Join(", ", probes)}");
        Assert.All(probes, p => Assert.EndsWith(p.Contains("after", StringComparison.Ordinal) ? "200" : "503", p, StringComparison.Ordinal));
        Assert.All(after, a => Assert.Equal(200, a.Status));
        Assert.True(refused.All(a => a.Status == 503 && a.IsErrorResponse), "Unexpected answers:\n" + host.Answers.DescribeFailures());
        Assert.All(ledger.GrpcFailures, f => Assert.Equal(StatusCode.Unavailable, f.Status));

        await Invariants.AssertInboxSettledAsync(host.Db, ledger.Accepted, Ct, ledger.Refused);
        await Invariants.AssertNoDuplicatesAsync(host.Db, Ct);
        var rows = await host.QueryAsync(db => db.Outbox.AsNoTracking().ToListAsync(Ct));
        var repeats = Invariants.AssertDeliveredAtLeastOnce(rows, CnrReceipt.Of(host.Network.Partners));
        TestContext.Current.TestOutputHelper?.WriteLine($"{rows.Count} CNRs queued, {repeats} received again after the database failed around their recording");
    }

    /// <summary>A partner's request while the database is down: "path root status", e.g. "ewp/iia-cnr error-response 503".</summary>
    private static async Task<string> ProbeAsync(ReliabilityHost host, SoakLedger ledger, string path)
    {
        var caller = host.Callers.Values.First();
        var status = await caller.PostAsync(path, [new("iia_id", "probe")], Ct);
        if (path.EndsWith("cnr", StringComparison.Ordinal))
        {
            Record(ledger, caller.Partner.HeiId, "probe", status);
        }

        var answer = host.Answers.Snapshot().Last(a => a.Path == path && a.Partner == caller.Partner.HeiId);
        return $"{path} {answer.Root} {status}";
    }

    private static void Record(SoakLedger ledger, string partner, string iiaId, int status)
    {
        if (status == 200)
        {
            ledger.Accept(InboxKind.IiaCnr, partner, iiaId);
        }
        else
        {
            ledger.Refuse(InboxKind.IiaCnr, partner, iiaId);
        }
    }

    /// <summary>Polls <c>/readyz</c> until it answers 200 (at most 30 s); returns the last status.</summary>
    private static async Task<int> ReadyAgainAsync(HttpClient http)
    {
        var status = HttpStatusCode.ServiceUnavailable;
        for (var i = 0; i < 120 && status != HttpStatusCode.OK; i++)
        {
            await Task.Delay(250, Ct);
            status = (await http.GetAsync("readyz", Ct)).StatusCode;
        }

        return (int)status;
    }
}
