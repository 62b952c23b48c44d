using EwpGateway.HttpSignatures;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.PartnerSimulator;

/// <summary>The gateway's own <see cref="EwpSigningHandler"/> against simulated partners: signed answers pass, every signature fault is caught.</summary>
public sealed class SimulatedResponseSigningTests
{
    [Fact]
    public async Task Echo_SignedByGateway_ResponseVerifiesAndEchoes()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        using var http = sim.SigningClient();

        using var response = await http.GetAsync(SimulatorHarness.Url(sim.First, "echo?echo=a&echo=b"), ct);

        Assert.Equal(200, (int)response.StatusCode);
        var doc = XmlAssert.Valid(await response.Content.ReadAsStringAsync(ct), XmlAssert.EchoXsd);
        Assert.Equal(["inp-toulouse.fr", "a", "b"], doc.Root!.Elements().Select(e => e.Value));
        var logged = Assert.Single(sim.First.Requests.Snapshot());
        Assert.True(logged.SignatureValid);
        Assert.Equal(sim.GatewayClient.KeyId, logged.KeyId);
    }

    [Fact]
    public async Task IiasGet_SignedByGateway_ResponseVerifies()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        using var http = sim.SigningClient();
        var id = sim.First.Data.Agreements.All[0].IiaId;

        using var response = await http.PostAsync(
            SimulatorHarness.Url(sim.First, "iias/get"), new FormUrlEncodedContent([new("iia_id", id)]), ct);

        Assert.Equal(200, (int)response.StatusCode);
        var doc = XmlAssert.Valid(await response.Content.ReadAsStringAsync(ct), XmlAssert.IiasGetXsd);
        Assert.Single(doc.Root!.Elements());
    }

    [Theory]
    [InlineData(SimFaultKind.WrongSignature, HttpSignatureFailureReason.InvalidSignature)]
    [InlineData(SimFaultKind.MissingSignature, HttpSignatureFailureReason.MissingSignature)]
    [InlineData(SimFaultKind.WrongDigest, HttpSignatureFailureReason.DigestMismatch)]
    [InlineData(SimFaultKind.SkewedDate, HttpSignatureFailureReason.DateOutsideWindow)]
    public async Task Echo_SignatureFault_RejectedByHandler(SimFaultKind kind, HttpSignatureFailureReason expected)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.Add(new SimFault(kind), SimEndpoint.Echo);
        using var http = sim.SigningClient();

        var ex = await Assert.ThrowsAsync<HttpSignatureVerificationException>(
            () => http.GetAsync(SimulatorHarness.Url(sim.First, "echo"), ct));

        Assert.Equal(expected, ex.Reason);
        Assert.Equal(kind, Assert.Single(sim.First.Requests.Snapshot()).Fault);
    }

    [Fact]
    public async Task Echo_UnlistedSigningKey_RejectedAsUnknownKey()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        sim.First.Faults.UnlistedSigningKey = true;
        using var http = sim.SigningClient();

        var ex = await Assert.ThrowsAsync<HttpSignatureVerificationException>(
            () => http.GetAsync(SimulatorHarness.Url(sim.First, "echo"), ct));

        Assert.Equal(HttpSignatureFailureReason.UnknownKey, ex.Reason);
    }
}
