using System.Xml.Linq;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Sync;

/// <summary>The manifest promises partners the notifications the outbox sends.</summary>
public sealed class OutboxManifestTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task GetManifest_ImobilityTorsEntry_AnnouncesSendsNotificationsAndStaysValid()
    {
        var ct = TestContext.Current.CancellationToken;

        var xml = await gateway.Client.GetStringAsync("/ewp/manifest", ct);

        XmlAssert.Valid(xml, XmlAssert.ManifestXsd);
        XNamespace tors = EwpNamespaces.ImobilityTorsEntry;
        var entry = Assert.Single(XDocument.Parse(xml).Descendants(tors + "imobility-tors"));
        Assert.Equal("sends-notifications", entry.Elements().Last().Name.LocalName);
    }
}
