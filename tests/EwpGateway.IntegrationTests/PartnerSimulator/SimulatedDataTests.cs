using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.IntegrationTests.PartnerSimulator;

/// <summary>The dataset behind the endpoints: modified_since, removal, the update API's decisions.</summary>
public sealed class SimulatedDataTests
{
    [Fact]
    public async Task IiasIndex_ModifiedSince_OnlyLaterChanges()
    {
        var ct = TestContext.Current.CancellationToken;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 1, 8, 0, 0, TimeSpan.Zero));
        await using var sim = SimulatorHarness.Start(o => o.TimeProvider = clock);
        var partner = sim.First;
        clock.Advance(TimeSpan.FromHours(1));
        var cut = clock.GetUtcNow();
        clock.Advance(TimeSpan.FromMinutes(1));
        partner.Data.Agreements.Upsert(partner.Data.Agreements.All[1] with { InEffect = true });
        using var http = sim.SigningClient();

        var all = await IdsAsync(http, SimulatorHarness.Url(partner, "iias/index"), ct);
        var since = await IdsAsync(http, SimulatorHarness.Url(partner, "iias/index?modified_since=" + Uri.EscapeDataString(cut.ToString("o"))), ct);

        Assert.Equal(2, all.Count);
        Assert.Equal([partner.Data.Agreements.All[1].IiaId], since);
    }

    [Fact]
    public async Task Agreements_Removed_GoneFromIndexAndGet()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        var partner = sim.First;
        var id = partner.Data.Agreements.All[0].IiaId;
        Assert.True(partner.Data.Agreements.Remove(id));
        using var http = sim.SigningClient();

        var index = await IdsAsync(http, SimulatorHarness.Url(partner, "iias/index"), ct);
        var get = await http.GetStringAsync(SimulatorHarness.Url(partner, "iias/get?iia_id=" + id), ct);

        Assert.DoesNotContain(id, index);
        Assert.False(XDocument.Parse(get).Root!.HasElements);
    }

    [Fact]
    public async Task OmobilitiesUpdate_ApproveCurrentProposal_AppliedAndRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        var partner = sim.First;
        var nomination = partner.Data.Nominations.All[0];
        using var http = sim.SigningClient();

        using var ok = await PostUpdateAsync(http, partner, nomination.OmobilityId, nomination.ProposalId, ct);
        using var stale = await PostUpdateAsync(http, partner, nomination.OmobilityId, nomination.ProposalId, ct);

        Assert.Equal(200, (int)ok.StatusCode);
        XmlAssert.Valid(await ok.Content.ReadAsStringAsync(ct), XmlAssert.OmobilitiesUpdateResponseXsd);
        Assert.Equal(409, (int)stale.StatusCode);
        Assert.Equal(SimNominationStatus.Approved, partner.Data.Nominations.Get(nomination.OmobilityId)!.Status);
        var decision = Assert.Single(partner.Data.Decisions);
        Assert.True(decision.Approved);
    }

    private static async Task<HttpResponseMessage> PostUpdateAsync(HttpClient http, SimulatedPartner partner, string id, string proposal, CancellationToken ct)
    {
        XNamespace u = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd";
        var body = new XElement(u + "omobilities-update-request", new XElement(u + "approve-proposal-v1", new XElement(u + "omobility-id", id), new XElement(u + "proposal-id", proposal)));
        XmlAssert.Valid(body.ToString(), XmlAssert.OmobilitiesUpdateRequestXsd);
        return await http.PostAsync(SimulatorHarness.Url(partner, "omobilities/update"), new StringContent(body.ToString(), System.Text.Encoding.UTF8, "text/xml"), ct);
    }

    private static async Task<List<string>> IdsAsync(HttpClient http, Uri url, CancellationToken ct) =>
        XDocument.Parse(await http.GetStringAsync(url, ct)).Root!.Elements().Select(e => e.Value).ToList();
}
