using System.Globalization;
using System.Net;
using System.Net.Sockets;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Reliability;

/// <summary>
/// The configuration the reliability tests run the gateway with, as operators pass it: every worker on (inbox,
/// reconciliation, outbox) with short polls, retries and leases, so that failures heal within a test's time.
/// </summary>
internal static class ReliabilityGatewaySettings
{
    public const string Home = "inp-toulouse.fr";
    public const string GrpcToken = "test-grpc-token-0123456789abcdefghij";

    /// <summary>
    /// The settings for a gateway on <paramref name="ewpPort"/> and <paramref name="grpcPort"/>, whose registry is
    /// <paramref name="catalogue"/>, on PostgreSQL when <paramref name="postgres"/> is given, else SQLite in
    /// <paramref name="folder"/>.
    /// </summary>
    public static Dictionary<string, string?> For(
        string folder, Uri catalogue, string clientKeyPath, string serverKeyPath, int ewpPort, int grpcPort, string? postgres) => new()
    {
        ["urls"] = $"http://127.0.0.1:{ewpPort}",
        ["Grpc:Port"] = grpcPort.ToString(CultureInfo.InvariantCulture),
        ["Grpc:Tokens:0"] = GrpcToken,
        ["Ewp:HeiId"] = Home,
        ["Ewp:AdminEmails:0"] = "admin@inp-toulouse.fr",
        ["Ewp:Registry:Url"] = catalogue.ToString(),
        ["Ewp:Registry:CachePath"] = Path.Combine(folder, "registry-cache.xml"),
        ["Ewp:Keys:ClientKeyPath"] = clientKeyPath,
        ["Ewp:Keys:ServerKeyPath"] = serverKeyPath,
        ["Database:Provider"] = postgres is null ? nameof(DatabaseProvider.Sqlite) : nameof(DatabaseProvider.Postgres),
        ["ConnectionStrings:Gateway"] = postgres ?? $"Data Source={Path.Combine(folder, "gateway.db")}",
        ["Ewp:Sync:InboxPollInterval"] = "00:00:00.200",
        ["Ewp:Sync:Debounce"] = "00:00:00.100",
        ["Ewp:Sync:RetryBaseDelay"] = "00:00:01",
        ["Ewp:Sync:MaxRetryDelay"] = "00:00:02",
        ["Ewp:Sync:MaxAttempts"] = "100",
        ["Ewp:Sync:ReconciliationInterval"] = "00:00:05",
        ["Ewp:Sync:LeaseDuration"] = "00:00:10",
        ["Ewp:Outbox:PollInterval"] = "00:00:01",
        ["Ewp:Outbox:BaseDelay"] = "00:00:00.100",
        ["Ewp:Outbox:MaxDelay"] = "00:00:01",
        ["Ewp:Outbox:LeaseDuration"] = "00:01:00",
        ["Ewp:Partners:MaxRetryAttempts"] = "1",
        ["Ewp:Partners:RetryBaseDelay"] = "00:00:00.020",
        ["Ewp:Partners:AttemptTimeout"] = "00:00:05",
        ["Ewp:Partners:TotalTimeout"] = "00:00:15",
        ["Ewp:Partners:CircuitBreakerBreakDuration"] = "00:00:01",
    };

    /// <summary>The settings as command-line arguments (<c>--Key=value</c>), the way a process is started.</summary>
    public static string[] AsArguments(IReadOnlyDictionary<string, string?> settings) =>
        [.. settings.Select(s => $"--{s.Key}={s.Value}")];

}
