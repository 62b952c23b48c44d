using System.Net;
using System.Xml.Linq;
using EwpGateway.Features.Iias;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Iias;

/// <summary>
/// The IIAs <c>get</c> serves agreements it holds per id and version (<see cref="ServedIias"/>): a change made after an
/// agreement was served is served at once, and a held agreement is still shown only to its partners.
/// </summary>
public sealed class ServedIiasTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    private static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-iias/blob/stable-v7/endpoints/get-response.xsd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Get_AgreementChangedAfterItWasServed_ServesTheNewVersion()
    {
        var store = gateway.Services.GetRequiredService<AgreementStore>();
        var before = await InEffectAsync();
        var agreement = (await store.GetAsync(IiasGetTests.ValidatorIia, Ct))!;
        agreement.InEffect = !before;

        await store.UpdateAsync(agreement, agreement.Version, Ct);
        var after = await InEffectAsync();

        Assert.Equal(!before, after);
    }

    [Fact]
    public async Task Get_HeldAgreementAskedByANonPartner_200Empty()
    {
        await InEffectAsync();

        var response = await gateway.SendAsync("GET", IiasGetTests.Path, IiasGetTests.Ids(IiasGetTests.ValidatorIia), Ct, gateway.Network.StrangerClient);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!.Elements());
    }

    private async Task<bool> InEffectAsync()
    {
        var response = await gateway.SendAsync("GET", IiasGetTests.Path, IiasGetTests.Ids(IiasGetTests.ValidatorIia), Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var iia = Assert.Single(XmlAssert.Valid(body, XmlAssert.IiasGetXsd).Root!.Elements(Ns + "iia"));
        return bool.Parse(iia.Element(Ns + "in-effect")!.Value);
    }
}
