using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>
/// A throw-away PostgreSQL 15 server started from the local binaries (no Docker): a temporary data directory,
/// a free port on 127.0.0.1, one database per <see cref="CreateDatabaseAsync"/>; stopped and deleted on dispose.
/// PostgreSQL refuses to run as root, so as root the binaries run as the <c>postgres</c> user.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string BinDirectory = "/usr/lib/postgresql/15/bin";

    private string _root = "";
    private string _data = "";
    private string _options = "";

    public int Port { get; private set; }

    /// <summary>
    /// Keeps <c>synchronous_commit</c> on (set before <see cref="InitializeAsync"/>): a commit is then on disk before the
    /// client hears of it, so it survives <see cref="StopAsync"/> in <c>immediate</c> mode (a crash). Off by default (faster).
    /// </summary>
    public bool DurableCommits { get; init; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Path.Combine(BinDirectory, "initdb")) || !File.Exists(Path.Combine(BinDirectory, "pg_ctl")))
        {
            throw new InvalidOperationException(
                $"PostgreSQL 15 binaries not found in {BinDirectory}: install them (apt-get install postgresql-15) to run the PostgreSQL tests.");
        }

        _root = Path.Combine(Path.GetTempPath(), "ewp-pg-" + Guid.NewGuid().ToString("N"));
        _data = Path.Combine(_root, "data");
        var sockets = Path.Combine(_root, "sock");
        Directory.CreateDirectory(sockets);
        if (IsRoot)
        {
            await RunAsync("chown", ["-R", "postgres:postgres", _root], asPostgres: false);
        }

        await RunAsync(Path.Combine(BinDirectory, "initdb"), ["-D", _data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--locale=C"], asPostgres: true);
        Port = LoopbackPort.Free();
        _options = $"-p {Port} -h 127.0.0.1 -k {sockets} -c fsync=off -c synchronous_commit={(DurableCommits ? "on" : "off")} -c full_page_writes=off -c max_connections=200";
        await StartAsync();
    }

    /// <summary>
    /// Stops the server: <paramref name="mode"/> <c>fast</c> (clients disconnected, clean shutdown) or <c>immediate</c>
    /// (like a crash: the next start recovers from the WAL). Connections are refused until <see cref="StartAsync"/>.
    /// </summary>
    public Task StopAsync(string mode) =>
        RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", _data, "-m", mode, "-w", "-t", "60", "stop"], asPostgres: true);

    /// <summary>Starts the server (again) on the same port and data; returns once it accepts connections.</summary>
    public async Task StartAsync()
    {
        await RunAsync(Path.Combine(BinDirectory, "pg_ctl"),
            ["-D", _data, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "-o", _options, "start"], asPostgres: true);
        await WaitForConnectionsAsync();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(_data))
        {
            try
            {
                await RunAsync(Path.Combine(BinDirectory, "pg_ctl"), ["-D", _data, "-m", "fast", "-w", "stop"], asPostgres: true);
            }
            catch (InvalidOperationException)
            {
                // Already stopped; the folder is removed anyway.
            }
        }

        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(CancellationToken ct)
    {
        var name = "ewp_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(ct);
        }

        return ConnectionString(name);
    }

    private static bool IsRoot => Environment.UserName == "root";

    private string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Pooling=true;Include Error Detail=true";

    private async Task WaitForConnectionsAsync()
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                // Unpooled: after a restart a pooled connection would be a dead one.
                var unpooled = new NpgsqlConnectionStringBuilder(ConnectionString("postgres")) { Pooling = false };
                await using var connection = new NpgsqlConnection(unpooled.ConnectionString);
                await connection.OpenAsync(TestContext.Current.CancellationToken);
                return;
            }
            catch (NpgsqlException) when (attempt < 100)
            {
                await Task.Delay(100, TestContext.Current.CancellationToken);
            }
        }
    }


    private static async Task RunAsync(string fileName, string[] arguments, bool asPostgres)
    {
        var info = new ProcessStartInfo(asPostgres && IsRoot ? "runuser" : fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        if (asPostgres && IsRoot)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", fileName })
            {
                info.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(fileName)} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error} {await output}");
        }
    }
}
