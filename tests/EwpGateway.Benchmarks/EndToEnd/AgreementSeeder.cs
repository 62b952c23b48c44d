using EwpGateway.Benchmarks.Hosting;
using EwpGateway.Contracts.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace EwpGateway.Benchmarks.EndToEnd;

/// <summary>
/// Seeds agreements through the gateway's own gRPC API, as the mobility system would: copies of the sample agreement
/// with the partner (eight cooperation conditions, contacts), each with its own partner id.
/// </summary>
internal static class AgreementSeeder
{
    /// <returns>Our ids of every agreement the partner may now get (the sample one included).</returns>
    public static async Task<IReadOnlyList<string>> SeedAsync(GatewayServer server, string partnerHeiId, int total, CancellationToken ct)
    {
        using var channel = GrpcChannel.ForAddress(server.GrpcUrl);
        var client = new AgreementService.AgreementServiceClient(channel);
        var headers = new Metadata { { "Authorization", "Bearer " + GatewayServer.GrpcToken } };
        var listed = await client.ListAgreementsAsync(
            new ListAgreementsRequest { PartnerHeiId = partnerHeiId, Origin = Origin.Local }, headers, cancellationToken: ct);
        var template = listed.Agreements.FirstOrDefault()
            ?? throw new InvalidOperationException($"The sample data has no agreement with {partnerHeiId}.");
        var ids = new List<string> { template.Id };
        for (var i = ids.Count; i < total; i++)
        {
            var copy = template.Clone();
            copy.Id = "";
            copy.Version = 0;
            copy.IiaHash = "";
            copy.Approvals.Clear();
            copy.Provenance = null;
            copy.CreatedAt = null;
            copy.UpdatedAt = null;
            copy.Partners[1].IiaId = $"bench-iia-{i}";
            copy.Partners[1].IiaCode = $"BENCH-{i}";
            var created = await client.CreateAgreementAsync(
                new CreateAgreementRequest { IdempotencyKey = $"bench-{i}", Agreement = copy }, headers, cancellationToken: ct);
            ids.Add(created.Id);
        }

        return ids;
    }
}
