using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;

namespace EwpGateway.Benchmarks.Hosting;

/// <summary>
/// The real gateway (the Release build of src/EwpGateway) as its own process on Kestrel, started with command-line
/// settings as operators start it; its log lines are kept so that a scenario can wait for one.
/// </summary>
internal sealed class GatewayServer : IAsyncDisposable
{
    public const string AdminUser = "bench";
    public const string AdminPassword = "bench-admin-password";
    public const string GrpcToken = "bench-grpc-token-0123456789abcdef0123456789";

    private readonly Process _process;
    private readonly List<string> _lines = [];
    private bool _stopped;
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Done)> _waiters = [];

    private GatewayServer(Process process, Uri baseUrl, Uri grpcUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        GrpcUrl = grpcUrl;
        Meter = new ProcessMeter(process.Id);
    }

    public Uri BaseUrl { get; }

    public Uri GrpcUrl { get; }

    public ProcessMeter Meter { get; }

    /// <summary>How many log lines were printed so far (a mark for <see cref="WaitForLineAsync"/>).</summary>
    public int LineCount
    {
        get
        {
            lock (_lines)
            {
                return _lines.Count;
            }
        }
    }

    /// <summary>
    /// Starts the gateway on <paramref name="port"/> with a SQLite database in <paramref name="folder"/> and waits until
    /// it listens.
    /// </summary>
    public static async Task<GatewayServer> StartAsync(
        string folder, int port, string registryUrl, string clientKeyPath, string serverKeyPath, IEnumerable<string> extra, CancellationToken ct)
    {
        var grpcPort = FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        string[] arguments =
        [
            Path.Combine(AppContext.BaseDirectory, "EwpGateway.dll"),
            "--urls", $"http://127.0.0.1:{port}",
            $"--Grpc:Port={grpcPort}",
            $"--Grpc:Tokens:0={GrpcToken}",
            "--Ewp:HeiId=inp-toulouse.fr",
            "--Ewp:AdminEmails:0=admin@inp-toulouse.fr",
            $"--Ewp:Registry:Url={registryUrl}",
            $"--Ewp:Registry:CachePath={Path.Combine(folder, "registry-cache.xml")}",
            $"--Ewp:Keys:ClientKeyPath={clientKeyPath}",
            $"--Ewp:Keys:ServerKeyPath={serverKeyPath}",
            $"--ConnectionStrings:Gateway=Data Source={Path.Combine(folder, "gateway.db")}",
            $"--Admin:Users:0:Name={AdminUser}",
            $"--Admin:Users:0:Password={AdminPassword}",
            "--Logging:Console:FormatterName=simple",
            "--Logging:Console:FormatterOptions:SingleLine=true",
            .. extra,
        ];
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new GatewayServer(process, new Uri($"http://127.0.0.1:{port}/"), new Uri($"http://127.0.0.1:{grpcPort}/"));
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var listening = server.WaitForLineAsync(0, l => l.Contains($"Now listening on: http://127.0.0.1:{port}", StringComparison.Ordinal), TimeSpan.FromSeconds(90), ct);
        if (await Task.WhenAny(listening, process.WaitForExitAsync(ct)) != listening)
        {
            throw new InvalidOperationException("The gateway did not start:\n" + server.Output());
        }

        await listening;
        return server;
    }

    /// <summary>Waits for a log line, printed at or after line number <paramref name="from"/>, that matches.</summary>
    public Task<string> WaitForLineAsync(int from, Func<string, bool> match, TimeSpan timeout, CancellationToken ct)
    {
        var done = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lines)
        {
            var found = _lines.Skip(from).FirstOrDefault(match);
            if (found is not null)
            {
                return Task.FromResult(found);
            }

            _waiters.Add((match, done));
        }

        return done.Task.WaitAsync(timeout, ct);
    }

    public string Output()
    {
        lock (_lines)
        {
            return string.Join('\n', _lines.TakeLast(60));
        }
    }

    /// <summary>An HTTP client for the admin API (HTTP Basic with the bench's admin user).</summary>
    public HttpClient AdminClient()
    {
        var client = new HttpClient { BaseAddress = BaseUrl, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AdminUser}:{AdminPassword}")));
        return client;
    }

    /// <summary>Reads the admin API's page of one partner (which a re-sync request reads first).</summary>
    public async Task GetPartnerAsync(string heiId, CancellationToken ct)
    {
        using var client = AdminClient();
        using var response = await client.GetAsync($"admin/api/partners/{Uri.EscapeDataString(heiId)}", ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Asks for a full re-sync of a partner now (the dashboard's button).</summary>
    public async Task RequestResyncAsync(string heiId, CancellationToken ct)
    {
        using var client = AdminClient();
        using var content = new StringContent("{\"reason\":\"benchmark\"}", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync($"admin/api/partners/{Uri.EscapeDataString(heiId)}/resync", content, ct);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Stops the gateway (a second call does nothing: a scenario may stop it before its <c>await using</c> ends).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;

        // EWP_BENCH_GATEWAY_LOGS=folder keeps every gateway's log, for looking into a slow or failed run.
        if (Environment.GetEnvironmentVariable("EWP_BENCH_GATEWAY_LOGS") is { Length: > 0 } logs)
        {
            Directory.CreateDirectory(logs);
            lock (_lines)
            {
                File.WriteAllLines(Path.Combine(logs, $"gateway-{_process.Id}.log"), _lines);
            }
        }

        if (!_process.HasExited)
        {
            using (var interrupt = Process.Start("kill", ["-INT", _process.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await interrupt.WaitForExitAsync(CancellationToken.None);
            }

            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(wait.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lines)
        {
            _lines.Add(line);
            foreach (var waiter in _waiters.Where(w => w.Match(line)).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Done.TrySetResult(line);
            }
        }
    }
}
