using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>The partner transcript source on PostgreSQL (a database per test).</summary>
public sealed class PostgresPartnerTorSourceTests(PostgresServer server) : PartnerTorSourceTests, IClassFixture<PostgresServer>
{
    private protected override async Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => await server.CreateDatabaseAsync(ct);
}
