using EwpGateway.Features.Demo;
using EwpGateway.Features.SampleData;
using EwpGateway.Infrastructure.Persistence.Model;
using EwpGateway.PartnerSimulator;

namespace EwpGateway.IntegrationTests.Features.Demo;

/// <summary>The demo's simulated senders hold the sample incoming nominations in the proposal the gateway decides on.</summary>
public sealed class DemoPartnerNominationsTests
{
    [Fact]
    public async Task MirrorInto_SimulatedSenders_HoldEachIncomingSampleNominationInItsProposal()
    {
        var options = new SimulatorOptions { GatewayBaseUrl = new Uri("http://127.0.0.1:5080/"), NominationsPerPartner = 1 };
        options.PartnerHeiIds.Add("validator-hei01.developers.erasmuswithoutpaper.eu");
        options.PartnerHeiIds.Add("gtu.ge");
        await using var network = SimulatedNetwork.Start(options);

        DemoPartnerNominations.MirrorInto(network, TimeProvider.System);

        var incoming = SampleMobilities.Nominations()
            .Where(n => n.Direction == NominationDirection.Incoming && network.Partners.Any(p => p.HeiId == n.SendingHeiId))
            .ToList();
        Assert.Equal(2, incoming.Count);
        Assert.All(incoming, n =>
        {
            var held = network[n.SendingHeiId].Data.Nominations.Get(n.Id);
            Assert.NotNull(held);
            Assert.Equal((n.CurrentProposalId, n.ReceivingHeiId, SimNominationStatus.Pending), (held.ProposalId, held.ReceivingHeiId, held.Status));
        });
    }
}
