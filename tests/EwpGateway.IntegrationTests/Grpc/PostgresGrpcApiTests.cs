using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>The gRPC API tests on a real PostgreSQL started from the local binaries (a database per gateway).</summary>
public sealed class PostgresGrpcApiTests(PostgresServer server) : GrpcApiTests, IClassFixture<PostgresServer>
{
    private protected override async Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => await server.CreateDatabaseAsync(ct);
}
