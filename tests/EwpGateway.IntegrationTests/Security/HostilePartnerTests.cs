using System.Text;
using EwpGateway.Infrastructure.Partners;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// The outbound side: partner answers read by the sync sources (IIAs, IIAs Approval, Outgoing Mobilities, ToRs), correctly
/// signed but hostile: DTDs, external entities, entity expansion, deep nesting, invalid UTF-8, bodies over
/// <c>Ewp:Partners:MaxResponseBodySize</c> (announced, or streamed without end), two Signature headers. Each is refused,
/// recorded as a payload issue of the right kind, and nothing is stored or fetched from outside.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class HostilePartnerTests(SecurityGateway gateway)
{
    private const string Hei = HostilePartner.HeiId;

    private static readonly string[] Apis = ["iias", "iias-approval", "omobilities", "imobility-tors"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, Func<string, HostileAnswer>> Answers { get; } = new()
    {
        ["DTD with an internal entity"] = _ => HostileAnswer.Xml("dtd", "<!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>"),
        ["external entity, file"] = _ => HostileAnswer.Xml("xxe-file", "<!DOCTYPE r [<!ENTITY f SYSTEM \"file:///etc/passwd\">]><r>&f;</r>"),
        ["external entity, http"] = outside => HostileAnswer.Xml("xxe-http", $"<!DOCTYPE r [<!ENTITY h SYSTEM \"{outside}\">]><r>&h;</r>"),
        ["billion laughs"] = _ => HostileAnswer.Xml("laughs", Laughs()),
        ["deep nesting"] = _ => HostileAnswer.Xml("deep", string.Concat(Enumerable.Repeat("<a>", 50_000)) + string.Concat(Enumerable.Repeat("</a>", 50_000))),
        ["invalid UTF-8"] = _ => new HostileAnswer("utf8", [.. "<r>"u8.ToArray(), 0xff, 0xfe, 0xc3, .. "</r>"u8.ToArray()], PayloadIssueKinds.MalformedXml),
        ["not XML"] = _ => HostileAnswer.Xml("json", "{\"iias\": []}"),
        ["over the size limit, announced"] = _ => HostileAnswer.Xml("announced", "<r>", PayloadIssueKinds.TooLarge) with
        {
            AnnouncedLength = 200L * 1024 * 1024,
        },
        ["over the size limit, streamed"] = _ => HostileAnswer.Xml("streamed", "<r>", PayloadIssueKinds.TooLarge) with
        {
            StreamedBytes = 64L * 1024 * 1024,
        },
        ["two Signature headers"] = _ => HostileAnswer.Xml("two-signatures", "<r/>", PayloadIssueKinds.Signature) with { TwoSignatures = true },
    };

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var answer in Answers.Keys)
        {
            foreach (var api in Apis)
            {
                data.Add(answer, api);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Source_HostileAnswer_RefusedRecordedAndNothingStored(string answer, string api)
    {
        var hostile = Answers[answer](gateway.Outside.Url);
        gateway.Partner.Answer = hostile;
        var before = await gateway.SnapshotAsync(Ct);
        var issuesBefore = await IssueCountAsync(api, hostile.IssueKind);
        var fetched = gateway.Outside.Connections;
        var calls = gateway.Partner.Requests;
        using var scope = gateway.Services.CreateScope();
        var source = scope.ServiceProvider.GetServices<IPartnerObjectSource>().Single(s => s.Api == api);

        // Approvals have no index API: the list comes from our own database.
        if (api != "iias-approval")
        {
            var refused = await Assert.ThrowsAnyAsync<Exception>(() => source.ListAsync(Hei, null, Ct));
            Assert.True(refused.GetType().Name == "PartnerPayloadException", refused.ToString());
        }

        await FetchRefusedAsync(source);

        Assert.True(gateway.Partner.Requests > calls, "the partner was called");
        Assert.True(await IssueCountAsync(api, hostile.IssueKind) > issuesBefore, $"a '{hostile.IssueKind}' payload issue is recorded");
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
        Assert.Equal(fetched, gateway.Outside.Connections);
    }

    private static async Task FetchRefusedAsync(IPartnerObjectSource source)
    {
        try
        {
            var result = await source.FetchAsync(Hei, ["hostile-1"], Ct);
            Assert.Empty(result.Stored);
            Assert.Equal(["hostile-1"], result.Rejected);
        }
        catch (Exception ex) when (ex.GetType().Name == "PartnerPayloadException")
        {
            // Refused as a whole: as good as rejected.
        }
    }

    private static string Laughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            dtd.Append($"<!ENTITY l{i} \"{string.Concat(Enumerable.Repeat($"&l{i - 1};", 10))}\">");
        }

        return dtd.Append("]><r>&l9;</r>").ToString();
    }

    private async Task<int> IssueCountAsync(string api, string kind)
    {
        await using var db = gateway.Db.CreateDbContext();
        return await db.PayloadIssues.Where(i => i.PartnerHeiId == Hei && i.Api == api && i.Kind == kind).SumAsync(i => i.Count, Ct);
    }
}
