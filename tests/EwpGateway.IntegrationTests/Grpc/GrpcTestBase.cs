using EwpGateway.Features.Nominations;
using Microsoft.Extensions.DependencyInjection;
using Model = EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>Starts the gateway on the database of the derived class (SQLite or PostgreSQL).</summary>
public abstract class GrpcTestBase
{
    private protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new, empty PostgreSQL database; null to run on SQLite.</summary>
    private protected abstract Task<string?> CreatePostgresDatabaseAsync(CancellationToken ct);

    private protected async Task<GrpcGatewayHost> StartAsync(bool ewpFromKestrelEndpoints = false) =>
        await GrpcGatewayHost.StartAsync(ewpFromKestrelEndpoints, await CreatePostgresDatabaseAsync(Ct), Ct);

    /// <summary>An incoming nomination stored as the EWP side stores it (incoming ones are never created through gRPC).</summary>
    private protected static async Task<Model.Nomination> SeedIncomingAsync(GrpcGatewayHost gateway) =>
        await gateway.Services.GetRequiredService<NominationStore>().CreateAsync(GrpcTestData.IncomingNomination(), null, Ct);
}
