using System.Net;
using System.Text.Json;
using EwpGateway.IntegrationTests.Support;
using Npgsql;

namespace EwpGateway.IntegrationTests.Infrastructure.Observability;

/// <summary><c>/readyz</c> follows the database: unready while PostgreSQL refuses connections, ready again after.</summary>
public sealed class ReadinessTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readyz_DatabaseUnreachable_503NamingTheDatabaseThenRecovers()
    {
        using var network = new TestNetwork();
        var connectionString = await server.CreateDatabaseAsync(Ct);
        var settings = network.GatewaySettings();
        settings["Database:Provider"] = "Postgres";
        settings["ConnectionStrings:Gateway"] = connectionString;
        await using var factory = new GatewayFactory(settings);
        using var client = new HttpClient { BaseAddress = factory.Start(), Timeout = TimeSpan.FromSeconds(60) };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz", Ct)).StatusCode);

        var database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await AdminSqlAsync(connectionString, $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}';");
        NpgsqlConnection.ClearAllPools();

        var down = await client.GetAsync("/readyz", Ct);
        var healthz = await client.GetAsync("/healthz", Ct);

        await AdminSqlAsync(connectionString, $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true;");
        var up = await client.GetAsync("/readyz", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        using var report = JsonDocument.Parse(await down.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Postgres unreachable", report.RootElement.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, healthz.StatusCode);
        Assert.Equal(HttpStatusCode.OK, up.StatusCode);
    }

    private static async Task AdminSqlAsync(string gatewayConnectionString, string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(gatewayConnectionString) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }
}
