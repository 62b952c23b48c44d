using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>The gRPC hosting tests on a real PostgreSQL started from the local binaries (a database per gateway).</summary>
public sealed class PostgresGrpcHostingTests(PostgresServer server) : GrpcHostingTests, IClassFixture<PostgresServer>
{
    private protected override async Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => await server.CreateDatabaseAsync(ct);
}
