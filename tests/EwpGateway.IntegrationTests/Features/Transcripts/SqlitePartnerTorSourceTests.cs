namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>The partner transcript source on SQLite.</summary>
public sealed class SqlitePartnerTorSourceTests : PartnerTorSourceTests
{
    private protected override Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
