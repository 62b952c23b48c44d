using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Demo;

/// <summary>
/// The newcomer's main job, <c>dotnet run --project src/EwpGateway -- demo</c>, run as a process exactly so (with
/// free ports and a temporary data folder): it starts, prints the dashboard URL and credentials, data flows with the
/// simulated partners, the failing partner is shown failing, and Ctrl+C stops it cleanly.
/// </summary>
public sealed partial class DemoCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Demo_Started_DataFlowsFailingPartnerShownAndCtrlCStopsCleanly()
    {
        var data = Directory.CreateTempSubdirectory("ewp-demo-").FullName;
        var (port, grpcPort) = (LoopbackPort.Free(), LoopbackPort.Free());
        var started = Stopwatch.StartNew();
        await using var demo = await GatewayProcess.StartAsync(
            ["demo", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--grpc-port", grpcPort.ToString(System.Globalization.CultureInfo.InvariantCulture), "--data", data],
            expectedAddresses: 2,
            Ct);
        TestContext.Current.SendDiagnosticMessage($"demo listening after {started.Elapsed.TotalSeconds:0.0} s");
        var banner = await WaitForAsync(() => Task.FromResult(PasswordLine().Match(demo.Output)), m => m.Success, TimeSpan.FromSeconds(30));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"admin:{banner.Groups["password"].Value}")));

        // Data flows both ways within a couple of reconciliation rounds: partners' CNRs and pulls succeed, ours are delivered.
        var partners = await WaitForAsync(
            async () => JsonDocument.Parse(await client.GetStringAsync("/admin/api/partners", Ct)),
            doc => Healthy(doc, "utwente.nl") && Failing(doc, "gtu.ge"),
            TimeSpan.FromSeconds(120));
        var html = await client.GetStringAsync("/admin", Ct);
        var browser = await DemoDashboardBrowser.VisitAsync(new Uri($"http://127.0.0.1:{port}/"), "admin", banner.Groups["password"].Value, Ct);
        var exitCode = await demo.InterruptAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Contains($"http://127.0.0.1:{port}/admin", demo.Output, StringComparison.Ordinal);
        Assert.Contains("data-health=\"Red\"", html, StringComparison.Ordinal);
        var gtu = Partner(partners, "gtu.ge");
        Assert.Contains(gtu.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.Contains("503", StringComparison.Ordinal));
        Assert.Equal("Green", browser.HealthyBadge);
        Assert.Equal("Red", browser.FailingBadge);
        Assert.Contains("503", browser.FailingReasons, StringComparison.Ordinal);
        Assert.StartsWith("gtu.ge", browser.PartnerHeading, StringComparison.Ordinal);
        Assert.Contains("full re-sync was requested", browser.ResyncNotice, StringComparison.Ordinal);
        Assert.True(new FileInfo(browser.ScreenshotPath).Length > 10_000, "a screenshot of the dashboard was saved");
        Assert.Equal(0, exitCode);
        partners.Dispose();
    }

    private static bool Healthy(JsonDocument doc, string hei) =>
        Partner(doc, hei) is { ValueKind: JsonValueKind.Object } p
        && p.GetProperty("health").GetString() == "Green"
        && p.GetProperty("exchanges").EnumerateArray().Any(e => e.GetProperty("lastSuccessAt").ValueKind == JsonValueKind.String)
        && p.GetProperty("apis").EnumerateArray().Any(a => a.GetProperty("lastSuccessAt").ValueKind == JsonValueKind.String);

    private static bool Failing(JsonDocument doc, string hei) =>
        Partner(doc, hei) is { ValueKind: JsonValueKind.Object } p && p.GetProperty("health").GetString() == "Red";

    private static JsonElement Partner(JsonDocument doc, string hei) =>
        doc.RootElement.EnumerateArray().FirstOrDefault(p => p.GetProperty("heiId").GetString() == hei);

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (deadline.Elapsed > timeout)
            {
                throw new TimeoutException($"Not reached within {timeout}: last value {value}");
            }

            await Task.Delay(TimeSpan.FromSeconds(1), Ct);
        }
    }


    [GeneratedRegex(@"user: admin\s+password: (?<password>[0-9a-f]+)")]
    private static partial Regex PasswordLine();
}
