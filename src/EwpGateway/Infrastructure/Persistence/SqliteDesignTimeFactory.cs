using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add X --context SqliteGatewayDbContext --output-dir Infrastructure/Persistence/Migrations/Sqlite</c> build the context.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGatewayDbContext>
{
    public SqliteGatewayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGatewayDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
