using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// The gateway as its own process takes two rounds of the heaviest bad input (oversized bodies, endless chunked bodies,
/// deep nesting, entity expansion, enormous forms) and stays up: it answers a good request after each round, and its
/// working set stays within a generous bound and does not keep growing from one round to the next. A behaviour bound,
/// not a speed claim.
/// </summary>
public sealed class ProcessStaysUpTests : IAsyncLifetime
{
    /// <summary>How much one round may add to the working set (the limits read at most 1 MiB per request).</summary>
    private const long RoundAllowance = 384L * 1024 * 1024;

    /// <summary>How much a second, identical round may add on top of the first: a leak would add about as much again.</summary>
    private const long SecondRoundAllowance = 128L * 1024 * 1024;

    private const string UpdateNs = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd";

    private readonly TestNetwork _network = new();
    private readonly int _grpcPort = LoopbackPort.Free();
    private GatewayProcess _gateway = null!;
    private Uri _address = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _gateway = await GatewayProcess.StartAsync(
            [
                $"--Ewp:Registry:Url={_network.CataloguePath}",
                $"--Ewp:HeiId={TestNetwork.GatewayHeiId}",
                $"--Ewp:Keys:ClientKeyPath={_network.GatewayClientKeyPath}",
                $"--Ewp:Keys:ServerKeyPath={_network.GatewayServerKeyPath}",
                $"--Ewp:Registry:CachePath={Path.Combine(_network.Folder, "cache.xml")}",
                $"--ConnectionStrings:Gateway=Data Source={Path.Combine(_network.Folder, "gateway.db")}",
                "--Ewp:Sync:Enabled=false",
                "--Ewp:Outbox:Enabled=false",
                "--Kestrel:Endpoints:Http:Url=http://127.0.0.1:0",
                $"--Grpc:Port={_grpcPort}",
            ],
            expectedAddresses: 2,
            Ct);
        _address = _gateway.Addresses.Single(a => a.Port != _grpcPort);
    }

    public async ValueTask DisposeAsync()
    {
        await _gateway.DisposeAsync();
        _network.Dispose();
    }

    [Fact]
    public async Task HostileRounds_ProcessServesAfterEachAndMemoryStaysBounded()
    {
        using var client = new HttpClient { BaseAddress = _address, Timeout = TimeSpan.FromSeconds(60) };
        await RoundAsync(client, warmUp: true);
        await AssertServesAsync(client);
        var baseline = WorkingSet();

        await RoundAsync(client, warmUp: false);
        await AssertServesAsync(client);
        var afterFirst = WorkingSet();
        await RoundAsync(client, warmUp: false);
        await AssertServesAsync(client);
        var afterSecond = WorkingSet();

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"working set: baseline {Mib(baseline)} MiB, after round 1 {Mib(afterFirst)} MiB, after round 2 {Mib(afterSecond)} MiB");
        Assert.True(afterFirst - baseline < RoundAllowance, $"round 1 grew the working set from {Mib(baseline)} to {Mib(afterFirst)} MiB");
        Assert.True(afterSecond - afterFirst < SecondRoundAllowance, $"round 2 grew the working set from {Mib(afterFirst)} to {Mib(afterSecond)} MiB");
    }

    private static string Mib(long bytes) => (bytes / (1024.0 * 1024)).ToString("F0", CultureInfo.InvariantCulture);


    private async Task RoundAsync(HttpClient client, bool warmUp)
    {
        var repeat = warmUp ? 2 : 12;
        var tooLarge = "iia_id=1&x=" + new string('a', 1024 * 1024);
        var tooMany = string.Join('&', Enumerable.Range(0, 5000).Select(i => "iia_id=" + i));
        var deep = $"<omobilities-update-request xmlns=\"{UpdateNs}\">{string.Concat(Enumerable.Repeat("<a>", 100_000))}";
        var laughs = "<!DOCTYPE r [<!ENTITY a \"" + new string('a', 60_000) + "\">]><r>" + string.Concat(Enumerable.Repeat("&a;", 50_000)) + "</r>";
        for (var i = 0; i < repeat; i++)
        {
            // Several at once, as a hostile client would send them.
            await Task.WhenAll(
                ExpectAsync(client, Signed("/ewp/iia-cnr", Encoding.ASCII.GetBytes(tooLarge), "application/x-www-form-urlencoded"), HttpStatusCode.RequestEntityTooLarge),
                ExpectAsync(client, Signed("/ewp/iias/get", Encoding.ASCII.GetBytes(tooMany), "application/x-www-form-urlencoded"), HttpStatusCode.BadRequest),
                ExpectAsync(client, Signed("/ewp/omobilities/update", Encoding.UTF8.GetBytes(deep), "text/xml"), HttpStatusCode.BadRequest),
                ExpectAsync(client, Signed("/ewp/omobilities/update", Encoding.UTF8.GetBytes(laughs), "text/xml"), HttpStatusCode.BadRequest));
        }

        foreach (var signed in new[] { true, false })
        {
            var request = Signed("/ewp/iia-cnr", [], "application/x-www-form-urlencoded");
            var headers = signed
                ? request.Headers().Select(h => (h.Name, RawHttp.Ascii(h.Value))).ToList()
                : [("Host", RawHttp.Ascii(_address.Authority))];
            headers.Add(("Transfer-Encoding", RawHttp.Ascii("chunked")));
            var response = await RawHttp.SendAsync(_address, "POST", "/ewp/iia-cnr", headers, RawHttp.Chunked(32L * 1024 * 1024), Ct);
            Refusal.Assert(response, signed ? HttpStatusCode.RequestEntityTooLarge : HttpStatusCode.Unauthorized);
        }
    }

    private SignedRaw Signed(string path, byte[] body, string contentType) => new()
    {
        Target = path,
        Body = body,
        ContentType = contentType,
        Key = _network.ValidatorClient,
        Host = _address.Authority,
    };

    private static async Task ExpectAsync(HttpClient client, SignedRaw request, HttpStatusCode expected)
    {
        using var message = request.ToMessage(client.BaseAddress!);
        using var response = await client.SendAsync(message, Ct);
        await Refusal.AssertAsync(response, expected, Ct);
    }

    private async Task AssertServesAsync(HttpClient client)
    {
        var echo = new EwpRequest { Path = "/ewp/echo", Parameters = [new("echo", "alive")], Key = _network.ValidatorClient, Time = TimeProvider.System.GetUtcNow() };
        using var message = echo.Build(_address);
        using var response = await client.SendAsync(message, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("alive", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>The gateway process's working set, found by the data folder only this test's gateway has on its command line.</summary>
    private long WorkingSet()
    {
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(System.IO.Path.GetFileName(directory), out var pid))
            {
                continue;
            }

            string commandLine;
            try
            {
                commandLine = File.ReadAllText(System.IO.Path.Combine(directory, "cmdline"));
            }
            catch (IOException)
            {
                continue;
            }
            catch (UnauthorizedAccessException)
            {
                continue;
            }

            if (commandLine.Contains("EwpGateway.dll", StringComparison.Ordinal) && commandLine.Contains(_network.Folder, StringComparison.Ordinal))
            {
                using var process = Process.GetProcessById(pid);
                return process.WorkingSet64;
            }
        }

        throw new InvalidOperationException("The gateway process was not found.");
    }
}
