using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Persistence;

/// <summary>The store tests on a real PostgreSQL started from the local binaries (a database per test).</summary>
public sealed class PostgresStoreTests(PostgresServer server) : StoreTests, IClassFixture<PostgresServer>
{
    private protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    private protected override Task<string> CreateDatabaseAsync(CancellationToken ct) => server.CreateDatabaseAsync(ct);
}
