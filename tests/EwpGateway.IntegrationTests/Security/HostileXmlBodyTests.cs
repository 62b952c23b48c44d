using System.Net;
using System.Text;
using EwpGateway.Features.Nominations;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// Hostile XML in the one EWP request that carries XML, the Outgoing Mobilities <c>update</c>: DTDs, external entities
/// (file and http), entity expansion, deep nesting, invalid UTF-8, oversized documents, and XML features that fetch
/// (XInclude, schemaLocation, stylesheet). Each is a 400 <c>error-response</c>; the nomination stays undecided, nothing
/// is stored, and nothing outside is ever fetched.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class HostileXmlBodyTests(SecurityGateway gateway)
{
    private const string Path = "/ewp/omobilities/update";
    private const string Ns = "https://github.com/erasmus-without-paper/ewp-specs-api-omobilities/blob/stable-v3/endpoints/update-request.xsd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Attacks => [.. Bodies.Keys];

    /// <summary>Each attack, given the outside URL and an approval that would otherwise be valid (id, proposal).</summary>
    private static Dictionary<string, Func<string, string, byte[]>> Bodies { get; } = new()
    {
        ["internal DTD entity"] = (_, approve) => Utf8($"<!DOCTYPE r [<!ENTITY id \"x\">]>{approve}"),
        ["external entity, file"] = (_, approve) =>
            Utf8($"<!DOCTYPE r [<!ENTITY f SYSTEM \"file:///etc/passwd\">]>{approve.Replace("</proposal-id>", "&f;</proposal-id>", StringComparison.Ordinal)}"),
        ["external entity, http"] = (outside, approve) =>
            Utf8($"<!DOCTYPE r [<!ENTITY h SYSTEM \"{outside}\">]>{approve.Replace("</proposal-id>", "&h;</proposal-id>", StringComparison.Ordinal)}"),
        ["external parameter entity"] = (outside, approve) => Utf8($"<!DOCTYPE r [<!ENTITY % p SYSTEM \"{outside}\"> %p;]>{approve}"),
        ["external DTD"] = (outside, approve) => Utf8($"<!DOCTYPE omobilities-update-request SYSTEM \"{outside}\">{approve}"),
        ["billion laughs"] = (_, approve) => Utf8(Laughs() + approve.Replace("</proposal-id>", "&lol9;</proposal-id>", StringComparison.Ordinal)),
        ["quadratic blow-up"] = (_, approve) => Utf8(
            $"<!DOCTYPE r [<!ENTITY a \"{new string('a', 40_000)}\">]>"
            + approve.Replace("</proposal-id>", string.Concat(Enumerable.Repeat("&a;", 2_000)) + "</proposal-id>", StringComparison.Ordinal)),
        ["deep nesting"] = (_, _) => Utf8($"<omobilities-update-request xmlns=\"{Ns}\">{Repeat("<a>", 100_000)}{Repeat("</a>", 100_000)}</omobilities-update-request>"),
        ["deep nesting, never closed"] = (_, _) => Utf8($"<omobilities-update-request xmlns=\"{Ns}\">{Repeat("<a b='c'>", 90_000)}"),
        ["over 64 Ki characters"] = (_, approve) => Utf8(approve.Replace("</omobility-id>", "</omobility-id>" + new string(' ', 200_000), StringComparison.Ordinal)),
        ["one attribute over the limit"] = (_, _) => Utf8($"<omobilities-update-request xmlns=\"{Ns}\" a=\"{new string('x', 300_000)}\"/>"),
        ["20000 attributes"] = (_, _) => Utf8($"<omobilities-update-request xmlns=\"{Ns}\" {string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"a{i}=\"1\""))}/>"),
        ["invalid UTF-8"] = (_, approve) => [.. Utf8(approve[..^30]), 0xff, 0xfe, 0xc3, .. Utf8(approve[^30..])],
        ["UTF-16 declared, UTF-8 sent"] = (_, approve) => Utf8("<?xml version=\"1.0\" encoding=\"utf-16\"?>" + approve),
        ["unknown encoding declared"] = (_, approve) => Utf8("<?xml version=\"1.0\" encoding=\"x-no-such\"?>" + approve),
        ["NUL character reference"] = (_, approve) => Utf8(approve.Replace("</proposal-id>", "&#0;</proposal-id>", StringComparison.Ordinal)),
        ["raw control character"] = (_, approve) => Utf8(approve.Replace("</proposal-id>", "\u0001</proposal-id>", StringComparison.Ordinal)),
        ["XInclude of a local file"] = (_, _) => Utf8(
            $"<omobilities-update-request xmlns=\"{Ns}\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/passwd\" parse=\"text\"/></omobilities-update-request>"),
        ["schemaLocation outside"] = (outside, _) => Utf8(
            $"<omobilities-update-request xmlns=\"{Ns}\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"{Ns} {outside}\"/>"),
        ["stylesheet outside"] = (outside, _) => Utf8($"<?xml-stylesheet type=\"text/xsl\" href=\"{outside}\"?><omobilities-update-request xmlns=\"{Ns}\"/>"),
        ["two root elements"] = (_, approve) => Utf8(approve + approve),
        ["empty body"] = (_, _) => [],
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Update_HostileXml_400NothingStoredNothingFetched(string attack)
    {
        var nomination = await gateway.SubmitNominationAsync(Ct);
        var approve = $"<omobilities-update-request xmlns=\"{Ns}\"><approve-proposal-v1><omobility-id>{nomination.Id}</omobility-id>"
            + $"<proposal-id>{OmobilityProposal.IdOf(nomination)}</proposal-id></approve-proposal-v1></omobilities-update-request>";
        var before = await gateway.SnapshotAsync(Ct);
        var fetched = gateway.Outside.Connections;

        var response = await gateway.SendAsync(Update(Bodies[attack](gateway.Outside.Url, approve), "text/xml; charset=utf-8"), Ct);

        await Refusal.AssertAsync(response, HttpStatusCode.BadRequest, Ct);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
        var stored = await gateway.Services.GetRequiredService<NominationStore>().GetAsync(nomination.Id, Ct);
        Assert.Equal((NominationStatus.Nominated, 1L), (stored!.Status, stored.Version));
        Assert.Equal(fetched, gateway.Outside.Connections);
    }

    [Fact]
    public async Task Update_TheValidApprovalTheAttacksStartFrom_200()
    {
        // The attacks above are refused for what they add, not because the approval they carry was wrong.
        var nomination = await gateway.SubmitNominationAsync(Ct);
        var approve = $"<omobilities-update-request xmlns=\"{Ns}\"><approve-proposal-v1><omobility-id>{nomination.Id}</omobility-id>"
            + $"<proposal-id>{OmobilityProposal.IdOf(nomination)}</proposal-id></approve-proposal-v1></omobilities-update-request>";

        var response = await gateway.SendAsync(Update(Utf8(approve), "text/xml"), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json")]
    [InlineData("multipart/form-data; boundary=b")]
    [InlineData("application/atom+xml")]
    [InlineData("text/plain")]
    [InlineData("text/xml; charset=\"")]
    [InlineData(null)]
    public async Task Update_NotXmlContentType_415AndNothingStored(string? contentType)
    {
        var before = await gateway.SnapshotAsync(Ct);

        var response = await gateway.SendAsync(Update(Utf8($"<omobilities-update-request xmlns=\"{Ns}\"/>"), contentType), Ct);

        await Refusal.AssertAsync(response, HttpStatusCode.UnsupportedMediaType, Ct);
        Assert.Equal(before, await gateway.SnapshotAsync(Ct));
    }

    [Fact]
    public async Task Update_BodyOverTheSignedBodyLimit_413()
    {
        var body = Utf8($"<omobilities-update-request xmlns=\"{Ns}\"><!--{new string('x', 1_100_000)}--></omobilities-update-request>");

        var response = await gateway.SendAsync(Update(body, "text/xml"), Ct);

        await Refusal.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge, Ct);
    }

    private static string Laughs()
    {
        var dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            dtd.Append($"<!ENTITY lol{i} \"{Repeat($"&lol{i - 1};", 10)}\">");
        }

        return dtd.Append("]>").ToString();
    }

    private static string Repeat(string value, int count) => new StringBuilder(value.Length * count).Insert(0, value, count).ToString();

    private static byte[] Utf8(string value) => Encoding.UTF8.GetBytes(value);

    private SignedRaw Update(byte[] body, string? contentType) => new()
    {
        Target = Path,
        Body = body,
        ContentType = contentType,
        Key = gateway.Network.ValidatorClient,
        Host = gateway.BaseAddress.Authority,
    };
}
