using System.Net;
using System.Xml.Linq;
using EwpGateway.Features.Iias;
using EwpGateway.Features.Nominations;
using EwpGateway.Features.Transcripts;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Protocol;
using EwpGateway.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Infrastructure.Protocol;

/// <summary>The CNR receivers (IIA v3, IIA Approval v2, OMobility v2, ToR v2) through real Kestrel with signed requests.</summary>
public sealed class CnrReceiverTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    public static TheoryData<string> Receivers => new() { "iia", "iia-approval", "omobility", "tor" };

    [Theory]
    [MemberData(nameof(Receivers))]
    public async Task Post_SignedWithId_200EmptyResponseValidAgainstXsd(string receiver)
    {
        var (cnr, xsd) = Definition(receiver);
        var id = Guid.NewGuid().ToString();

        var response = await SendAsync(cnr, "POST", [new(cnr.IdParameter, id)]);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var doc = XmlAssert.Valid(body, xsd);
        Assert.Equal(XName.Get(cnr.ResponseElement, cnr.ResponseNamespace), doc.Root!.Name);
        Assert.False(doc.Root.HasElements);
        var row = Assert.Single(await InboxAsync(cnr.Kind, id));
        Assert.Equal(string.Join(' ', TestNetwork.ValidatorHeiIds.Order(StringComparer.Ordinal)), row.SenderHeiIds);
        Assert.Equal(gateway.Network.ValidatorClient.KeyId, row.SenderKeyId);
    }

    [Theory]
    [MemberData(nameof(Receivers))]
    public async Task Post_BurstForOneObject_OnePendingRowCountingThem(string receiver)
    {
        var (cnr, _) = Definition(receiver);
        var id = Guid.NewGuid().ToString();
        var other = Guid.NewGuid().ToString();

        for (var i = 0; i < 3; i++)
        {
            using var response = await SendAsync(cnr, "POST", [new(cnr.IdParameter, id)]);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var both = await SendAsync(cnr, "POST", [new(cnr.IdParameter, id), new(cnr.IdParameter, other)]);

        Assert.Equal(HttpStatusCode.OK, both.StatusCode);
        Assert.Equal(4, Assert.Single(await InboxAsync(cnr.Kind, id)).ReceivedCount);
        Assert.Equal(1, Assert.Single(await InboxAsync(cnr.Kind, other)).ReceivedCount);
    }

    [Theory]
    [MemberData(nameof(Receivers))]
    public async Task Post_NoId_400(string receiver)
    {
        var (cnr, _) = Definition(receiver);

        var response = await SendAsync(cnr, "POST", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(cnr.IdParameter, XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Receivers))]
    public async Task Post_MoreIdsThanMax_400AndNothingRecorded(string receiver)
    {
        var (cnr, _) = Definition(receiver);
        var ids = Enumerable.Range(0, cnr.MaxIds + 1).Select(_ => Guid.NewGuid().ToString()).ToList();

        var response = await SendAsync(cnr, "POST", ids.Select(i => new KeyValuePair<string, string>(cnr.IdParameter, i)).ToList());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await InboxAsync(cnr.Kind, ids[0]));
    }

    public static TheoryData<string, string> OtherMethods()
    {
        var data = new TheoryData<string, string>();
        foreach (var receiver in new[] { "iia", "iia-approval", "omobility", "tor" })
        {
            foreach (var method in new[] { "GET", "PUT", "DELETE" })
            {
                data.Add(receiver, method);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OtherMethods))]
    public async Task OtherMethods_405(string receiver, string method)
    {
        var (cnr, _) = Definition(receiver);

        var response = await SendAsync(cnr, method, [new(cnr.IdParameter, "1")]);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        XmlAssert.ErrorResponse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Receivers))]
    public async Task Post_Unsigned_401AndNothingRecorded(string receiver)
    {
        var (cnr, _) = Definition(receiver);
        var id = Guid.NewGuid().ToString();
        using var request = new EwpRequest { Method = "POST", Path = "/" + cnr.Path, Parameters = [new(cnr.IdParameter, id)] }.Build(gateway.BaseAddress);

        var response = await gateway.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await InboxAsync(cnr.Kind, id));
    }

    [Fact]
    public async Task Manifest_ListsEveryReceiver()
    {
        var manifest = await gateway.Client.GetStringAsync("/ewp/manifest", TestContext.Current.CancellationToken);

        XmlAssert.Valid(manifest, XmlAssert.ManifestXsd);
        foreach (var receiver in new[] { "iia", "iia-approval", "omobility", "tor" })
        {
            var (cnr, _) = Definition(receiver);
            Assert.Contains($"https://{gateway.BaseAddress.Authority}/{cnr.Path}<", manifest, StringComparison.Ordinal);
        }
    }

    private static (CnrDefinition Cnr, string Xsd) Definition(string receiver) => receiver switch
    {
        "iia" => (IiaCnrReceivers.IiaCnr, "ewp-specs-api-iia-cnr/response.xsd"),
        "iia-approval" => (IiaCnrReceivers.IiaApprovalCnr, "ewp-specs-api-iia-approval-cnr/response.xsd"),
        "omobility" => (OmobilityCnrReceiver.Definition, "_registry-service-bundled/ewp-specs-api-omobility-cnr-v2.0.0/response.xsd"),
        _ => (TorCnrReceiver.Definition, "_registry-service-bundled/ewp-specs-api-imobility-tor-cnr-v2.0.0/response.xsd"),
    };

    private Task<HttpResponseMessage> SendAsync(CnrDefinition cnr, string method, IReadOnlyList<KeyValuePair<string, string>> parameters) =>
        gateway.SendAsync(
            new EwpRequest
            {
                Method = method,
                Path = "/" + cnr.Path,
                Parameters = parameters,
                Key = gateway.Network.ValidatorClient,
                Time = TimeProvider.System.GetUtcNow(),
            },
            TestContext.Current.CancellationToken);

    private async Task<List<InboxMessage>> InboxAsync(InboxKind kind, string objectId)
    {
        await using var db = gateway.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        return await db.Inbox.AsNoTracking().Where(m => m.Kind == kind && m.ObjectId == objectId).ToListAsync(TestContext.Current.CancellationToken);
    }
}
