namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>The gRPC API tests on SQLite (a database file per gateway).</summary>
public sealed class SqliteGrpcApiTests : GrpcApiTests
{
    private protected override Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
