namespace EwpGateway.IntegrationTests.Features.Nominations;

/// <summary>The partner nomination source on SQLite.</summary>
public sealed class SqlitePartnerOmobilitySourceTests : PartnerOmobilitySourceTests
{
    private protected override Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct) => Task.FromResult<string?>(null);
}
