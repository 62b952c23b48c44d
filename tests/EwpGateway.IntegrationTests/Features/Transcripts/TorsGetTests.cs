using System.Net;
using System.Text;
using System.Xml.Linq;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Transcripts;

/// <summary>
/// IMobility ToRs v2 <c>get</c> against the sample data: the get cases of digest table 8.5, each with GET and POST,
/// every 200 body checked against the ToRs v2 XSD (ELMO v1 included through its import) and signed; visibility (only
/// the sending HEI's key sees a transcript); the ELMO content and its PDF attachment.
/// </summary>
public sealed class TorsGetTests(SampleDataGatewayFixture gateway) : IClassFixture<SampleDataGatewayFixture>
{
    internal const string Path = "/ewp/imobility-tors/get";
    internal const string ValidatorMobility = "im-validator1-1";
    internal const string GtuMobility = "im-gtu-1";
    private const int MaxIds = 10;
    internal static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-imobility-tors/blob/stable-v2/endpoints/get-response.xsd";
    internal static readonly XNamespace Elmo = "https://github.com/emrex-eu/elmo-schemas/tree/v1";

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_KnownId_200ExactlyThatTorWithElmo(string method)
    {
        var doc = await OkAsync(method, Request(ValidatorMobility));

        var tor = Assert.Single(doc.Root!.Elements(Ns + "tor"));
        Assert.Equal(ValidatorMobility, tor.Element(Ns + "omobility-id")!.Value);
        var elmo = tor.Element(Elmo + "elmo")!;
        var learner = elmo.Element(Elmo + "learner")!;
        Assert.Equal("Student One", learner.Element(Elmo + "familyName")!.Value);
        Assert.Equal($"urn:schac:personalUniqueCode:int:esi:{TestNetwork.ValidatorHeiIds[0]}:{ValidatorMobility}", Identifier(learner, "esi"));
        var report = Assert.Single(elmo.Elements(Elmo + "report"));
        Assert.Equal(TestNetwork.GatewayHeiId, Identifier(report.Element(Elmo + "issuer")!, "schac"));
        var instance = Assert.Single(report.Elements(Elmo + "learningOpportunitySpecification"))
            .Element(Elmo + "specifies")!.Element(Elmo + "learningOpportunityInstance")!;
        Assert.Equal("14", instance.Element(Elmo + "resultLabel")!.Value);
        Assert.Equal("ects", instance.Element(Elmo + "credit")!.Element(Elmo + "scheme")!.Value);
        Assert.Equal(6m, decimal.Parse(instance.Element(Elmo + "credit")!.Element(Elmo + "value")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        var scheme = Assert.Single(report.Elements(Elmo + "gradingScheme"));
        Assert.Equal(instance.Element(Elmo + "gradingSchemeLocalId")!.Value, scheme.Attribute("localId")!.Value);
        Assert.Equal("FR 0-20 (pass 10)", scheme.Element(Elmo + "description")!.Value);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_TranscriptWithPdf_CarriesTheAttachmentBytes(string method)
    {
        var doc = await OkAsync(method, Request(ValidatorMobility));

        var attachment = Assert.Single(doc.Descendants(Elmo + "report").Elements(Elmo + "attachment"));
        Assert.Equal("Transcript of Records", attachment.Element(Elmo + "type")!.Value);
        const string prefix = "data:application/pdf;base64,";
        var content = attachment.Element(Elmo + "content")!.Value;
        Assert.StartsWith(prefix, content, StringComparison.Ordinal);
        var expected = Encoding.ASCII.GetBytes($"%PDF-1.4\n% sample transcript of records for {ValidatorMobility}\n%%EOF\n");
        Assert.Equal(expected, Convert.FromBase64String(content[prefix.Length..]));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_UnknownId_200Empty(string method) =>
        Assert.Empty((await OkAsync(method, Request("no-such-mobility"))).Root!.Elements());

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_KnownAndUnknownId_200OnlyTheKnown(string method)
    {
        var doc = await OkAsync(method, Request(ValidatorMobility, "no-such-mobility"));

        Assert.Equal([ValidatorMobility], OmobilityIds(doc));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_ExactlyMaxIds_200ContainsTheId(string method)
    {
        var doc = await OkAsync(method, Request([.. Enumerable.Repeat(ValidatorMobility, MaxIds)]));

        Assert.Equal([ValidatorMobility], OmobilityIds(doc));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_UnknownReceivingHei_200Empty(string method)
    {
        var doc = await OkAsync(method, [new("receiving_hei_id", "unknown.example.com"), .. Ids(ValidatorMobility)]);

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_NoParameters_400(string method) => await BadRequestAsync(method, [], "receiving_hei_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_NoReceivingHei_400(string method) => await BadRequestAsync(method, Ids(ValidatorMobility), "receiving_hei_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_NoOmobilityId_400(string method) => await BadRequestAsync(method, Request(), "omobility_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_ReceivingHeiTwiceSameValue_400(string method) =>
        await BadRequestAsync(method, [new("receiving_hei_id", TestNetwork.GatewayHeiId), .. Request(ValidatorMobility)], "receiving_hei_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_KnownAndUnknownReceivingHei_400(string method) =>
        await BadRequestAsync(method, [new("receiving_hei_id", "unknown.example.com"), .. Request(ValidatorMobility)], "receiving_hei_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_MaxPlusOneKnownIds_400(string method) =>
        await BadRequestAsync(method, Request([.. Enumerable.Repeat(ValidatorMobility, MaxIds + 1)]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_MaxPlusOneUnknownIds_400(string method) =>
        await BadRequestAsync(method, Request([.. Enumerable.Range(0, MaxIds + 1).Select(i => $"unknown-{i}")]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_OnlyUnknownParameter_400(string method) =>
        await BadRequestAsync(method, [new("omobility_id_param", ValidatorMobility)], "omobility_id_param");

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Get_OtherMethods_405(string method)
    {
        var ct = TestContext.Current.CancellationToken;

        var response = await gateway.SendAsync(method, Path, Request(ValidatorMobility), ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_StrangerKey_200Empty(string method)
    {
        var doc = await OkAsync(method, Request(ValidatorMobility, GtuMobility), gateway.Network.StrangerClient);

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Get_ValidatorAsksForAnotherSendersTranscript_200Empty(string method)
    {
        var doc = await OkAsync(method, Request(GtuMobility));

        Assert.Empty(doc.Root!.Elements());
    }

    internal static KeyValuePair<string, string>[] Ids(params string[] ids) =>
        [.. ids.Select(id => new KeyValuePair<string, string>("omobility_id", id))];

    internal static KeyValuePair<string, string>[] Request(params string[] ids) =>
        [new("receiving_hei_id", TestNetwork.GatewayHeiId), .. Ids(ids)];

    private static List<string> OmobilityIds(XDocument doc) =>
        [.. doc.Root!.Elements(Ns + "tor").Select(t => t.Element(Ns + "omobility-id")!.Value)];

    private static string? Identifier(XElement parent, string type) =>
        parent.Elements(Elmo + "identifier").FirstOrDefault(i => (string?)i.Attribute("type") == type)?.Value;

    private async Task<XDocument> OkAsync(string method, KeyValuePair<string, string>[] parameters, TestKey? key = null)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct, key);
        var body = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.Null(await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, ct));
        return XmlAssert.Valid(body, XmlAssert.TorsGetXsd);
    }

    private async Task BadRequestAsync(string method, KeyValuePair<string, string>[] parameters, string mentioned)
    {
        var ct = TestContext.Current.CancellationToken;
        var response = await gateway.SendAsync(method, Path, parameters, ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(ct)), StringComparison.Ordinal);
    }
}
