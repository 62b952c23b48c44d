using System.Net;
using EwpGateway.Contracts.V1;
using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace EwpGateway.IntegrationTests.Grpc;

/// <summary>The gRPC endpoint in the real host; <see cref="SqliteGrpcHostingTests"/> and <see cref="PostgresGrpcHostingTests"/> run them.</summary>
public abstract class GrpcHostingTests : GrpcTestBase
{
    private static readonly Metadata Authorized = new() { { "authorization", "Bearer " + GrpcGatewayHost.Token } };

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Start_EwpFromUrlsOrKestrelEndpoints_BothEndpointsAnswer(bool ewpFromKestrelEndpoints)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await StartAsync(ewpFromKestrelEndpoints);
        using var http = new HttpClient { BaseAddress = gateway.EwpAddress };

        var manifest = await http.GetAsync("/ewp/manifest", ct);
        var health = await new Health.HealthClient(gateway.Channel).CheckAsync(new HealthCheckRequest(), cancellationToken: ct);

        Assert.Equal(HttpStatusCode.OK, manifest.StatusCode);
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    [Fact]
    public async Task ServerReflection_WithToken_ListsTheGatewayServices()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await StartAsync();
        var client = new ServerReflection.ServerReflectionClient(gateway.Channel);

        using var call = client.ServerReflectionInfo(Authorized, cancellationToken: ct);
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" }, ct);
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(ct));
        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Contains("ewp.gateway.v1.AgreementService", services);
        Assert.Contains("ewp.gateway.v1.NominationService", services);
        Assert.Contains("ewp.gateway.v1.TranscriptService", services);
        Assert.Contains("ewp.gateway.v1.InstitutionService", services);
        Assert.Contains("ewp.gateway.v1.SyncService", services);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-token-0123456789abcdefghijklmn")]
    [InlineData("Basic dXNlcjpwYXNz")]
    public async Task CreateAgreement_MissingOrWrongToken_Unauthenticated(string? authorization)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await StartAsync();
        var headers = new Metadata();
        if (authorization is not null)
        {
            headers.Add("authorization", authorization);
        }

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await new AgreementService.AgreementServiceClient(gateway.Channel)
            .GetAgreementAsync(new GetAgreementRequest { Id = "a" }, headers, cancellationToken: ct));

        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Fact]
    public async Task CreateAgreement_InvalidAcademicYear_InvalidArgumentWithBadRequestDetails()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await StartAsync();
        var request = new CreateAgreementRequest
        {
            IdempotencyKey = "k1",
            Agreement = new Agreement
            {
                Partners = { new AgreementPartner { HeiId = "inp-toulouse.fr" }, new AgreementPartner { HeiId = "utwente.nl" } },
                CooperationConditions =
                {
                    new CooperationCondition
                    {
                        MobilityType = MobilityType.StudentStudies,
                        SendingHeiId = "inp-toulouse.fr",
                        ReceivingHeiId = "utwente.nl",
                        ReceivingFirstAcademicYearId = "2025/2027",
                        ReceivingLastAcademicYearId = "2026/2027",
                    },
                },
            },
        };

        var ex = await Assert.ThrowsAsync<RpcException>(async () => await new AgreementService.AgreementServiceClient(gateway.Channel)
            .CreateAgreementAsync(request, Authorized, cancellationToken: ct));

        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        const string Field = "agreement.cooperation_conditions[0].receiving_first_academic_year_id";
        Assert.Contains(Field, ex.Status.Detail, StringComparison.Ordinal);
        var badRequest = ex.GetRpcStatus()!.GetDetail<BadRequest>();
        Assert.Equal([Field], badRequest.FieldViolations.Select(v => v.Field));
    }

    [Fact]
    public async Task GetAgreement_OnEwpPort_NotServed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var gateway = await StartAsync();
        using var http = new HttpClient { BaseAddress = gateway.EwpAddress };

        var response = await http.PostAsync("/ewp.gateway.v1.AgreementService/GetAgreement", new ByteArrayContent([]), ct);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
