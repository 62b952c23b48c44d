using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Persistence;

public sealed class PostgresMigrationTests(PostgresServer server) : MigrationTests, IClassFixture<PostgresServer>
{
    private protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    private protected override string Instant => "TIMESTAMPTZ '2026-01-01 00:00:00+00'";

    private protected override Task<string> CreateDatabaseAsync(CancellationToken ct) => server.CreateDatabaseAsync(ct);
}
