namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>The gRPC WatchChanges tests on SQLite (a database file per gateway).</summary>
public sealed class SqliteGrpcWatchChangesTests : GrpcWatchChangesTests
{
    private protected override Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
