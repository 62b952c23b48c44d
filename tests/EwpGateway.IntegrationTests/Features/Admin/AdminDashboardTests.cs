using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Admin;

/// <summary>The dashboard pages and JSON API over a seeded database, through real Kestrel.</summary>
public sealed partial class AdminDashboardTests(AdminGateway gateway) : IClassFixture<AdminGateway>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/partners/gtu.ge")]
    [InlineData("/admin/api/partners")]
    public async Task Admin_NoCredentials_401WithBasicChallenge(string path)
    {
        using var client = gateway.Anonymous();

        var response = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Basic");
    }

    [Fact]
    public async Task Admin_WrongPassword_401()
    {
        using var client = gateway.SignedIn("not-the-password");

        var response = await client.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_SeededPartners_ShowsHealthyFailingAndMismatchingWithReasons()
    {
        using var client = gateway.SignedIn();

        var html = await client.GetStringAsync("/admin", Ct);

        Assert.Equal("Green", HealthOf(html, AdminGateway.Healthy));
        Assert.Equal("Red", HealthOf(html, AdminGateway.Failing));
        Assert.Equal("Amber", HealthOf(html, AdminGateway.Mismatching));
        Assert.Contains("4 failed syncs in a row: HTTP 503 from gtu.ge after 3 attempts", html, StringComparison.Ordinal);
        Assert.Contains("1 CNR(s) given up: Connection refused", html, StringComparison.Ordinal);
        Assert.Contains("1 agreement copy(ies) differ from ours", html, StringComparison.Ordinal);
        Assert.Contains("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        Assert.Contains("<time datetime=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PartnerPage_MismatchingPartner_ShowsTheFieldByFieldExplanation()
    {
        using var client = gateway.SignedIn();

        var html = await client.GetStringAsync($"/admin/partners/{AdminGateway.Mismatching}", Ct);

        Assert.Contains("itg-iia-1", html, StringComparison.Ordinal);
        Assert.Contains("total-months-per-year: ours 5, theirs 6", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiPartners_SeededPartners_SameFiguresAsJson()
    {
        using var client = gateway.SignedIn();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/admin/api/partners", Ct));

        var failing = json.RootElement.EnumerateArray().Single(p => p.GetProperty("heiId").GetString() == AdminGateway.Failing);
        Assert.Equal("Red", failing.GetProperty("health").GetString());
        Assert.Equal(1, failing.GetProperty("outbox").GetProperty("failed").GetInt32());
        Assert.Equal(1, failing.GetProperty("openPayloadIssues").GetInt32());
        Assert.Equal(4, failing.GetProperty("apis")[0].GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal("Red", json.RootElement[0].GetProperty("health").GetString());
    }

    [Fact]
    public async Task ApiPartner_UnknownHei_404ProblemDetails()
    {
        using var client = gateway.SignedIn();

        var response = await client.GetAsync("/admin/api/partners/nobody.example.org", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Contains("nobody.example.org", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiResync_KnownPartner_MarksItsApisForAFullSync()
    {
        using var client = gateway.SignedIn();

        // (Not the healthy partner: marking creates sync states of APIs never synced, which the dashboard shows amber.)
        var response = await client.PostAsJsonAsync($"/admin/api/partners/{AdminGateway.Mismatching}/resync", new { reason = "test" }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        await using var db = gateway.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        var states = await db.SyncStates.Where(s => s.PartnerHeiId == AdminGateway.Mismatching).ToListAsync(Ct);
        Assert.Equal(["iias", "iias-approval", "imobility-tors", "omobilities"], states.Select(s => s.Api).Order(StringComparer.Ordinal));
        Assert.All(states, s => Assert.True(s.FullSyncRequested));
    }

    [Fact]
    public async Task ApiAction_FormContentType_Refused()
    {
        using var client = gateway.SignedIn();

        using var form = new FormUrlEncodedContent([]);
        var response = await client.PostAsync($"/admin/api/partners/{AdminGateway.Failing}/retry-cnrs", form, Ct);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task RetryForm_WithoutAntiforgeryToken_400AndNothingChanges()
    {
        using var client = gateway.SignedIn();

        using var form = new FormUrlEncodedContent([]);
        var response = await client.PostAsync($"/admin/partners/{AdminGateway.Failing}/retry-cnrs", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = gateway.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        Assert.Equal(1, await db.Outbox.CountAsync(o => o.PartnerHeiId == AdminGateway.Failing && o.Status == OutboxStatus.Failed, Ct));
    }

    [Fact]
    public async Task RetryForm_WithToken_PutsFailedCnrsBackAndSaysSo()
    {
        using var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true };
        using var client = new HttpClient(handler) { BaseAddress = gateway.BaseAddress };
        client.DefaultRequestHeaders.Authorization = gateway.SignedIn().DefaultRequestHeaders.Authorization;
        var page = await client.GetStringAsync($"/admin/partners/{AdminGateway.Retried}", Ct);
        var token = TokenField().Match(page);
        Assert.True(token.Success, "the partner page has a form with an antiforgery token");

        using var form = new FormUrlEncodedContent([new(token.Groups["name"].Value, WebUtility.HtmlDecode(token.Groups["value"].Value))]);
        var response = await client.PostAsync($"/admin/partners/{AdminGateway.Retried}/retry-cnrs", form, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await client.GetStringAsync(response.Headers.Location, Ct);
        Assert.Contains("The failed CNRs were put back in the queue.", after, StringComparison.Ordinal);
        await using var db = gateway.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext();
        var row = await db.Outbox.SingleAsync(o => o.PartnerHeiId == AdminGateway.Retried, Ct);
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(0, row.Attempts);
    }

    private static string? HealthOf(string html, string heiId)
    {
        var row = Regex.Match(html, $"<tr data-hei=\"{Regex.Escape(heiId)}\">.*?</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"the dashboard has a row for {heiId}");
        return Regex.Match(row.Value, "data-health=\"(\\w+)\"").Groups[1].Value;
    }

    [GeneratedRegex("name=\"(?<name>__RequestVerificationToken[^\"]*)\" value=\"(?<value>[^\"]+)\"")]
    private static partial Regex TokenField();
}
