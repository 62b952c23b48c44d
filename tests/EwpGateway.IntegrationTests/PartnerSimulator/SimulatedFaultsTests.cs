using System.Xml;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.PartnerSimulator;

/// <summary>Each fault kind does what it says, only where and as often as it was switched on.</summary>
public sealed class SimulatedFaultsTests
{
    [Fact]
    public async Task ServerError_BurstOfTwo_ThenRecovers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.Add(new SimFault(SimFaultKind.ServerError) { Count = 2 }, SimEndpoint.IiasIndex);
        using var http = sim.SigningClient();

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(SimulatorHarness.Url(sim.First, "iias/index"), ct);
            statuses.Add((int)response.StatusCode);
            if (i == 0)
            {
                XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
            }
        }

        Assert.Equal([503, 503, 200], statuses);
        Assert.Equal([SimFaultKind.ServerError, SimFaultKind.ServerError, null], sim.First.Requests.Snapshot().Select(r => r.Fault));
    }

    [Fact]
    public async Task ServerError_OtherEndpoint_NotAffected()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.Add(new SimFault(SimFaultKind.ServerError) { StatusCode = 500 }, SimEndpoint.IiasGet);
        using var http = sim.SigningClient();

        using var response = await http.GetAsync(SimulatorHarness.Url(sim.First, "iias/index"), ct);

        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task ServerError_Probability_SameSeedSameHits()
    {
        var ct = TestContext.Current.CancellationToken;
        async Task<List<int>> RunAsync()
        {
            await using var sim = SimulatorHarness.Start(o => o.PartnerCount = 1);
            sim.First.Faults.Add(new SimFault(SimFaultKind.ServerError) { Probability = 0.5 });
            using var http = sim.SigningClient();
            var statuses = new List<int>();
            for (var i = 0; i < 12; i++)
            {
                using var response = await http.GetAsync(SimulatorHarness.Url(sim.First, "echo"), ct);
                statuses.Add((int)response.StatusCode);
            }

            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal(first, second);
        Assert.Contains(200, first);
        Assert.Contains(503, first);
    }

    [Fact]
    public async Task ConnectionReset_RequestFailsAndIsLogged()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.Add(new SimFault(SimFaultKind.ConnectionReset) { Count = 1 }, SimEndpoint.Echo);
        using var http = sim.SigningClient();

        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(SimulatorHarness.Url(sim.First, "echo"), ct));
        using var after = await http.GetAsync(SimulatorHarness.Url(sim.First, "echo"), ct);

        Assert.Equal(200, (int)after.StatusCode);
        var reset = sim.First.Requests.Snapshot()[0];
        Assert.Equal((0, SimFaultKind.ConnectionReset), (reset.Status, reset.Fault));
    }

    [Fact]
    public async Task Latency_LongerThanClientTimeout_ClientTimesOut()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.Add(new SimFault(SimFaultKind.Latency) { Delay = TimeSpan.FromMinutes(5) }, SimEndpoint.Echo);
        using var http = sim.SigningClient(timeout: TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAsync<TaskCanceledException>(() => http.GetAsync(SimulatorHarness.Url(sim.First, "echo"), ct));

        var logged = await sim.First.Requests.WaitForAsync(r => r.Fault == SimFaultKind.Latency, 1, TimeSpan.FromSeconds(30), ct);
        Assert.Equal(0, logged[0].Status);
    }

    [Fact]
    public async Task MalformedXml_SignedBodyIsNotWellFormed()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.Add(new SimFault(SimFaultKind.MalformedXml), SimEndpoint.IiasGet);
        using var http = sim.SigningClient();

        var body = await http.GetStringAsync(SimulatorHarness.Url(sim.First, "iias/get?iia_id=utwente-iia-001"), ct);

        Assert.Throws<XmlException>(() => System.Xml.Linq.XDocument.Parse(body));
    }

    [Fact]
    public async Task SchemaViolation_WellFormedButInvalid()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.Add(new SimFault(SimFaultKind.SchemaViolation), SimEndpoint.OmobilitiesIndex);
        using var http = sim.SigningClient();

        var body = await http.GetStringAsync(SimulatorHarness.Url(sim.First, "omobilities/index"), ct);

        System.Xml.Linq.XDocument.Parse(body);
        Assert.NotEmpty(Validate(body, XmlAssert.OmobilitiesIndexXsd));
    }

    [Fact]
    public async Task MissingRequiredElement_ApprovalWithoutIiaId()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Data.ApproveGatewayIia("gw-7", new string('b', 64));
        sim.First.Faults.Add(new SimFault(SimFaultKind.MissingRequiredElement), SimEndpoint.IiasApproval);
        using var http = sim.SigningClient();

        var body = await http.GetStringAsync(SimulatorHarness.Url(sim.First, "iias-approval?iia_id=gw-7"), ct);

        var doc = System.Xml.Linq.XDocument.Parse(body);
        Assert.Single(doc.Root!.Elements());
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName == "iia-id");
        Assert.NotEmpty(Validate(body, "ewp-specs-api-iias-approval/response.xsd"));
    }

    [Fact]
    public async Task Clear_Endpoint_RemovesItsFaultsOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.Add(new SimFault(SimFaultKind.ServerError), SimEndpoint.Echo);
        sim.First.Faults.Add(new SimFault(SimFaultKind.ServerError), SimEndpoint.IiasIndex);
        sim.First.Faults.Clear(SimEndpoint.Echo);
        using var http = sim.SigningClient();

        using var echo = await http.GetAsync(SimulatorHarness.Url(sim.First, "echo"), ct);
        using var index = await http.GetAsync(SimulatorHarness.Url(sim.First, "iias/index"), ct);

        Assert.Equal((200, 503), ((int)echo.StatusCode, (int)index.StatusCode));
    }

    private static IReadOnlyList<EwpGateway.Infrastructure.Xml.XmlValidationError> Validate(string xml, string xsd)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(xml));
        return EwpGateway.Infrastructure.Xml.EwpSchemas.Default.Validate(stream, xsd);
    }
}
