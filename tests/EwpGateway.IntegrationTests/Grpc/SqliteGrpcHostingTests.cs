namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>The gRPC hosting tests on SQLite (a database file per gateway).</summary>
public sealed class SqliteGrpcHostingTests : GrpcHostingTests
{
    private protected override Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
