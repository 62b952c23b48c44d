using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;
using EwpGateway.PartnerSimulator;
using EwpGateway.PartnerSimulator.Data;

namespace EwpGateway.IntegrationTests.PartnerSimulator;

/// <summary>Every document a simulated partner serves validates against its official XSD.</summary>
public sealed class SimulatedDocumentsTests
{
    private const string ApprovalXsd = "ewp-specs-api-iias-approval/response.xsd";
    private const string IiasGetV6Xsd = "_registry-service-bundled/ewp-specs-api-iias-v6.3.0/endpoints/get-response.xsd";
    private const string IiasIndexV6Xsd = "_registry-service-bundled/ewp-specs-api-iias-v6.3.0/endpoints/index-response.xsd";
    private const string Bundled = "_registry-service-bundled/";

    public static TheoryData<string, string, string?> Documents => new()
    {
        { "GET", "manifest", XmlAssert.ManifestXsd },
        { "GET", "echo?echo=x", XmlAssert.EchoXsd },
        { "GET", "institutions?hei_id=utwente.nl", XmlAssert.InstitutionsXsd },
        { "GET", "iias/get?iia_id=utwente-iia-001&iia_id=utwente-iia-002", XmlAssert.IiasGetXsd },
        { "GET", "iias/index", XmlAssert.IiasIndexXsd },
        { "GET", "iias-approval?iia_id=gw-1", ApprovalXsd },
        { "GET", "omobilities/get?omobility_id=utwente-om-0001&omobility_id=utwente-om-0002", XmlAssert.OmobilitiesGetXsd },
        { "GET", "omobilities/index?receiving_academic_year_id=2026/2027", XmlAssert.OmobilitiesIndexXsd },
        { "GET", "imobility-tors/get?receiving_hei_id=utwente.nl&omobility_id=out-1&omobility_id=out-2", XmlAssert.TorsGetXsd },
        { "GET", "imobility-tors/index?receiving_hei_id=utwente.nl", XmlAssert.TorsIndexXsd },
        { "POST", "iia-cnr?iia_id=1", Bundled + "ewp-specs-api-iia-cnr-v3.0.0/response.xsd" },
        { "POST", "iia-approval-cnr?iia_id=1", Bundled + "ewp-specs-api-iia-approval-cnr-v2.0.0/response.xsd" },
        { "POST", "omobility-cnr?omobility_id=1", Bundled + "ewp-specs-api-omobility-cnr-v2.0.0/response.xsd" },
        { "POST", "imobility-tor-cnr?omobility_id=1", Bundled + "ewp-specs-api-imobility-tor-cnr-v2.0.0/response.xsd" },
        { "GET", "iias/get", XmlAssert.CommonTypesXsd },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Endpoint_SignedRequest_ServesSchemaValidDocument(string method, string pathAndQuery, string? xsd)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start(o => o.PartnerHeiIds.Add("utwente.nl"));
        var partner = sim.First;
        partner.Data.ApproveGatewayIia("gw-1", new string('a', 64));
        partner.Data.Transcripts.Upsert(Transcript("out-1", signed: false));
        partner.Data.Transcripts.Upsert(Transcript("out-2", signed: true) with { Pdf = "%PDF-1.7 transcript"u8.ToArray() });
        using var http = sim.SigningClient();

        using var response = await http.SendAsync(new HttpRequestMessage(new HttpMethod(method), SimulatorHarness.Url(partner, pathAndQuery)), ct);

        var body = await response.Content.ReadAsStringAsync(ct);
        var doc = XmlAssert.Valid(body, xsd!);
        if (xsd == XmlAssert.CommonTypesXsd)
        {
            Assert.Equal(400, (int)response.StatusCode);
            return;
        }

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(!pathAndQuery.Contains("cnr", StringComparison.Ordinal), doc.Root!.HasElements);
    }

    [Fact]
    public async Task IiasV6Only_GetAndIndex_ServeValidV6Documents()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start(o => o.PartnerHeiIds.Add("gtu.ge"));
        sim.First.Faults.V6Only = true;
        using var http = sim.SigningClient();

        var get = await http.GetStringAsync(SimulatorHarness.Url(sim.First, "iias/get?hei_id=gtu.ge&iia_id=gtu-iia-001"), ct);
        var index = await http.GetStringAsync(SimulatorHarness.Url(sim.First, "iias/index?hei_id=gtu.ge"), ct);

        Assert.NotNull(XmlAssert.Valid(get, IiasGetV6Xsd).Descendants().SingleOrDefault(e => e.Name.LocalName == "conditions-hash"));
        Assert.Equal(2, XmlAssert.Valid(index, IiasIndexV6Xsd).Root!.Elements().Count());
        var entry = sim.Current!.GetApis("gtu.ge", "iias").Single();
        Assert.Contains("stable-v6", entry.Namespace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task IiasGet_ServedHash_EqualsOwnRecomputation()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = SimulatorHarness.Start();
        using var http = sim.SigningClient();

        var body = await http.GetStringAsync(SimulatorHarness.Url(sim.First, "iias/get?iia_id=utwente-iia-001"), ct);

        var doc = XDocument.Parse(body, LoadOptions.PreserveWhitespace);
        var iia = doc.Root!.Elements().Single();
        Assert.Equal(iia.Elements().Single(e => e.Name.LocalName == "iia-hash").Value, IiaHash.Compute(iia));
        var text = IiaHash.TextToHash(iia);
        Assert.StartsWith("_iia-id_1=utwente-iia-001__iia-id_2=_", text, StringComparison.Ordinal);
    }

    internal static SimTranscript Transcript(string omobilityId, bool signed) =>
        SeedData.Transcript(omobilityId, new Random(7)) with { Signed = signed };
}
