using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.UnitTests.Infrastructure.Persistence;

public sealed class GatewayDbContextFactoryTests
{
    [Fact]
    public void ResolveSqlitePath_RelativePath_IsUnderContentRootAndFolderCreated()
    {
        var root = Path.Combine(Path.GetTempPath(), "ewp-root-" + Guid.NewGuid().ToString("N"));
        try
        {
            var resolved = GatewayDbContextFactory.ResolveSqlitePath(PersistenceOptions.DefaultConnectionString, root);

            Assert.Contains(Path.Combine(root, "data", "gateway.db"), resolved, StringComparison.Ordinal);
            Assert.True(Directory.Exists(Path.Combine(root, "data")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void ResolveSqlitePath_InMemory_IsUnchanged() =>
        Assert.Equal("Data Source=:memory:", GatewayDbContextFactory.ResolveSqlitePath("Data Source=:memory:", "/nowhere"));

    [Fact]
    public void Validate_EmptyConnectionString_Fails()
    {
        var result = new PersistenceOptionsValidator().Validate(null, new PersistenceOptions { ConnectionString = " " });

        Assert.True(result.Failed);
        Assert.Contains("ConnectionStrings:Gateway", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_AreSqliteUnderData()
    {
        var options = new PersistenceOptions();

        Assert.Equal(DatabaseProvider.Sqlite, options.Provider);
        Assert.Equal("Data Source=data/gateway.db", options.ConnectionString);
    }
}
