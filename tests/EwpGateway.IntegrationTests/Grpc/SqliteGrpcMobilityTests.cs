namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>The gRPC nomination, transcript and institution tests on SQLite (a database file per gateway).</summary>
public sealed class SqliteGrpcMobilityTests : GrpcMobilityTests
{
    private protected override Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
