using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Net.Client;
using Microsoft.Data.Sqlite;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// Simulated partners and the gateway as a real process on one SQLite database, to be killed (SIGKILL) and started
/// again on the same database and ports. Each life of the process signs its partner requests with its own client key
/// (all listed in the catalogue), so the partners' request logs tell which life sent what.
/// </summary>
internal sealed class CrashHarness : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ewp-crash-").FullName;
    private readonly List<TestKey> _clientKeys;
    private readonly Dictionary<string, string?> _settings;
    private GatewayProcess? _process;

    public CrashHarness(int lives, Action<SimulatorOptions> configure, IReadOnlyDictionary<string, string?> settings)
    {
        _clientKeys = [.. Enumerable.Range(0, lives).Select(_ => new TestKey())];
        var server = new TestKey();
        File.WriteAllText(Path.Combine(_folder, "server.pem"), server.PrivateKeyPem);
        for (var i = 0; i < lives; i++)
        {
            File.WriteAllText(ClientKeyPath(i), _clientKeys[i].PrivateKeyPem);
        }

        var ewpPort = LoopbackPort.Free();
        var grpcPort = LoopbackPort.Free();
        var options = new SimulatorOptions { GatewayHeiId = ReliabilityGatewaySettings.Home, GatewayBaseUrl = new Uri($"http://127.0.0.1:{ewpPort}/") };
        _clientKeys.ForEach(k => options.GatewayClientKeys.Add(k.Rsa));
        options.GatewayServerKeys.Add(server.Rsa);
        configure(options);
        Network = SimulatedNetwork.Start(options.WithSampleKeys());
        _settings = ReliabilityGatewaySettings.For(_folder, Network.CatalogueUrl, ClientKeyPath(0), Path.Combine(_folder, "server.pem"), ewpPort, grpcPort, null);
        foreach (var (key, value) in settings)
        {
            _settings[key] = value;
        }

        Db = new GatewayDbContextFactory(DatabaseProvider.Sqlite, _settings["ConnectionStrings:Gateway"]!);
        Channel = GrpcChannel.ForAddress($"http://127.0.0.1:{grpcPort}/");
        Grpc = Channel.Intercept(m =>
        {
            m.Add("authorization", "Bearer " + ReliabilityGatewaySettings.GrpcToken);
            return m;
        });
        Callers = Network.Partners.ToDictionary(p => p.HeiId, p => new PartnerCaller(p, options.GatewayBaseUrl, Answers), StringComparer.Ordinal);
    }

    public SimulatedNetwork Network { get; }

    public GatewayDbContextFactory Db { get; }

    public GrpcChannel Channel { get; }

    public CallInvoker Grpc { get; }

    public GatewayAnswers Answers { get; } = new();

    public IReadOnlyDictionary<string, PartnerCaller> Callers { get; }

    /// <summary>The key id the gateway signs its partner requests with in life <paramref name="life"/> (0 first).</summary>
    public string KeyId(int life) => _clientKeys[life].KeyId;

    /// <summary>Starts life <paramref name="life"/> of the gateway process on the same database and ports.</summary>
    public async Task StartAsync(int life, CancellationToken ct)
    {
        var settings = new Dictionary<string, string?>(_settings) { ["Ewp:Keys:ClientKeyPath"] = ClientKeyPath(life) };
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                _process = await GatewayProcess.StartAsync(ReliabilityGatewaySettings.AsArguments(settings), expectedAddresses: 2, ct);
                return;
            }
            catch (InvalidOperationException ex) when (attempt < 5 && ex.Message.Contains("address already in use", StringComparison.Ordinal))
            {
                // Another program on the machine holds the port for a moment: the same ports are needed, so wait for them.
                await Task.Delay(TimeSpan.FromSeconds(2), ct);
            }
        }
    }

    /// <summary>SIGKILLs the running gateway process and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            await process.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
    }

    /// <summary>Runs <paramref name="query"/> on the database, again while the gateway holds a write lock.</summary>
    public async Task<T> QueryAsync<T>(Func<GatewayDbContext, Task<T>> query, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var db = Db.CreateDbContext();
                return await query(db);
            }
            catch (SqliteException) when (attempt < 50)
            {
                await Task.Delay(100, ct);
            }
        }
    }

    /// <summary>Polls <paramref name="query"/> until <paramref name="done"/> holds; fails naming <paramref name="what"/> after <paramref name="timeout"/>.</summary>
    public async Task<T> WaitForAsync<T>(Func<GatewayDbContext, Task<T>> query, Func<T, bool> done, string what, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        T value = default!;
        try
        {
            while (!done(value = await QueryAsync(query, deadline.Token)))
            {
                await Task.Delay(100, deadline.Token);
            }

            return value;
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            Assert.Fail($"Timed out after {timeout} waiting for {what}; last value: {value}");
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        foreach (var caller in Callers.Values)
        {
            caller.Dispose();
        }

        Channel.Dispose();
        await Network.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a stopping process: the OS cleans the temp folder later.
        }
    }

    private string ClientKeyPath(int life) => Path.Combine(_folder, $"client-{life}.pem");
}
