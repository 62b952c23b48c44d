using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef migrations add X --context PostgresGatewayDbContext --output-dir Infrastructure/Persistence/Migrations/Postgres</c> build the context.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGatewayDbContext>
{
    public PostgresGatewayDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGatewayDbContext>().UseNpgsql("Host=localhost;Database=ewp_gateway_design").Options);
}
