using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Nominations;

/// <summary>The partner nomination source on PostgreSQL (a database per test).</summary>
public sealed class PostgresPartnerOmobilitySourceTests(PostgresServer server) : PartnerOmobilitySourceTests, IClassFixture<PostgresServer>
{
    private protected override async Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => await server.CreateDatabaseAsync(ct);
}
