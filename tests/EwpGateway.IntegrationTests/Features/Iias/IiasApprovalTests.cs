using System.Net;
using System.Xml.Linq;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;

namespace EwpGateway.IntegrationTests.Features.Iias;

/// <summary>
/// IIAs Approval v2 over partners' copies: the scenarios of digest table 4.4 that apply, each with GET and POST,
/// every 200 body checked against the official XSD and signed; approvals end when the copy changes.
/// </summary>
public sealed class IiasApprovalTests(IiasApprovalGatewayFixture gateway) : IClassFixture<IiasApprovalGatewayFixture>
{
    private const string Path = "/ewp/iias-approval";
    private const string Xsd = "ewp-specs-api-iias-approval/response.xsd";
    private const int MaxIiaIds = 10;
    private static readonly XNamespace Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-iias-approval/tree/stable-v2";
    private static readonly XNamespace ManifestEntry = "https://github.com/erasmus-without-paper/ewp-specs-api-iias-approval/blob/stable-v2/manifest-entry.xsd";

    public static TheoryData<string> Methods => new() { "GET", "POST" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_KnownApprovedId_200ItsIdAndApprovedHash(string method)
    {
        var doc = await OkAsync(method, IiasGetTests.Ids(IiasApprovalGatewayFixture.Approved));

        var approval = Assert.Single(doc.Root!.Elements(Ns + "approval"));
        Assert.Equal(IiasApprovalGatewayFixture.Approved, approval.Element(Ns + "iia-id")!.Value);
        Assert.Equal(IiasApprovalGatewayFixture.Hash(IiasApprovalGatewayFixture.Approved), approval.Element(Ns + "iia-hash")!.Value);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_UnknownId_200Empty(string method)
    {
        var doc = await OkAsync(method, IiasGetTests.Ids("no-such-iia"));

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_KnownAndUnknownId_200OnlyTheKnown(string method)
    {
        var doc = await OkAsync(method, IiasGetTests.Ids("no-such-iia", IiasApprovalGatewayFixture.Approved));

        Assert.Equal([IiasApprovalGatewayFixture.Approved], IiaIds(doc));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_KnownButNotApproved_200Empty(string method)
    {
        var doc = await OkAsync(method, IiasGetTests.Ids(IiasApprovalGatewayFixture.Unapproved, IiasApprovalGatewayFixture.NotYetDefined));

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_CopyChangedAfterApproval_200NotListed(string method)
    {
        var doc = await OkAsync(method, IiasGetTests.Ids(IiasApprovalGatewayFixture.ChangedAfterApproval, IiasApprovalGatewayFixture.Approved));

        Assert.Equal([IiasApprovalGatewayFixture.Approved], IiaIds(doc));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_CallerNotTheCopysOwner_200Empty(string method)
    {
        var doc = await OkAsync(method, IiasGetTests.Ids(IiasApprovalGatewayFixture.Approved), gateway.Network.StrangerClient);

        Assert.Empty(doc.Root!.Elements());
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_ExactlyMaxIds_200ContainsTheId(string method)
    {
        var doc = await OkAsync(method, IiasGetTests.Ids([.. Enumerable.Repeat(IiasApprovalGatewayFixture.Approved, MaxIiaIds)]));

        Assert.Equal([IiasApprovalGatewayFixture.Approved], IiaIds(doc));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_MaxPlusOneIds_400(string method) =>
        await BadRequestAsync(method, IiasGetTests.Ids([.. Enumerable.Repeat(IiasApprovalGatewayFixture.Approved, MaxIiaIds + 1)]), "max");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_NoParameters_400(string method) => await BadRequestAsync(method, [], "iia_id");

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task Approval_UnknownParameter_400(string method) =>
        await BadRequestAsync(method, [.. IiasGetTests.Ids(IiasApprovalGatewayFixture.Approved), new("hei_id", TestNetwork.GatewayHeiId)], "hei_id");

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Approval_OtherMethods_405(string method)
    {
        var response = await gateway.SendAsync(method, Path, IiasGetTests.Ids(IiasApprovalGatewayFixture.Approved), Ct);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Manifest_ListsIiasApprovalWithUrlAndMaxIds()
    {
        var body = await gateway.Client.GetStringAsync("/ewp/manifest", Ct);

        var entry = Assert.Single(XmlAssert.Valid(body, XmlAssert.ManifestXsd).Descendants(ManifestEntry + "iias-approval"));
        Assert.Equal("2.0.0", entry.Attribute("version")!.Value);
        Assert.Equal($"https://{gateway.BaseAddress.Authority}/ewp/iias-approval", entry.Element(ManifestEntry + "url")!.Value);
        Assert.Equal("10", entry.Element(ManifestEntry + "max-iia-ids")!.Value);
    }

    [Fact]
    public async Task ApproveAsync_NotYetDefinedValues_ThrowsInvalidStateTransition()
    {
        var copy = await gateway.Store.GetAsync("copy-" + IiasApprovalGatewayFixture.NotYetDefined, Ct);

        var refused = await Assert.ThrowsAsync<InvalidStateTransitionException>(
            () => gateway.Store.ApproveAsync(copy!.Id, TestNetwork.GatewayHeiId, copy.IiaHash!, copy.Version, Ct));

        Assert.Contains("not-yet-defined", refused.Message, StringComparison.Ordinal);
        Assert.Empty((await gateway.Store.GetAsync(copy!.Id, Ct))!.Approvals);
    }

    [Fact]
    public async Task ApproveAsync_PartnerCopyWithOutdatedHash_ThrowsInvalidStateTransition()
    {
        var copy = await gateway.Store.GetAsync("copy-" + IiasApprovalGatewayFixture.Unapproved, Ct);

        await Assert.ThrowsAsync<InvalidStateTransitionException>(
            () => gateway.Store.ApproveAsync(copy!.Id, TestNetwork.GatewayHeiId, IiasApprovalGatewayFixture.Hash("old"), copy.Version, Ct));
    }

    [Fact]
    public async Task ApproveAsync_CurrentHash_RecordsOurHeiAndTheHash()
    {
        var copy = await gateway.Store.CreateAsync(IiasApprovalGatewayFixture.Copy("val-iia-approve-now"), null, Ct);

        var approved = await gateway.Store.ApproveAsync(copy.Id, TestNetwork.GatewayHeiId, copy.IiaHash!, copy.Version, Ct);

        var approval = Assert.Single(approved.Approvals);
        Assert.Equal((TestNetwork.GatewayHeiId, copy.IiaHash), (approval.HeiId, approval.IiaHash));
    }

    private static List<string> IiaIds(XDocument doc) =>
        [.. doc.Root!.Elements(Ns + "approval").Select(a => a.Element(Ns + "iia-id")!.Value)];

    private async Task<XDocument> OkAsync(string method, KeyValuePair<string, string>[] parameters, TestKey? key = null)
    {
        var response = await gateway.SendAsync(method, Path, parameters, Ct, key);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var problem = await SignedResponse.ProblemAsync(response, gateway.Network.GatewayServer, null, null, Ct);
        Assert.Null(problem);
        return XmlAssert.Valid(body, Xsd);
    }

    private async Task BadRequestAsync(string method, KeyValuePair<string, string>[] parameters, string mentioned)
    {
        var response = await gateway.SendAsync(method, Path, parameters, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(mentioned, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(Ct)), StringComparison.Ordinal);
    }
}
