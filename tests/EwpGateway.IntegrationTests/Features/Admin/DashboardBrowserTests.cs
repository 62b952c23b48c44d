using Microsoft.Playwright;

namespace EwpGateway.IntegrationTests.Features.Admin;

/// <summary>
/// The dashboard in a real browser (Playwright driving Debian's Chromium, headless): what an administrator sees and
/// clicks. The screenshot is written to the test results folder.
/// </summary>
public sealed class DashboardBrowserTests(AdminGateway gateway) : IClassFixture<AdminGateway>
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dashboard_InChromium_ShowsHealthAndReasonsFollowsPartnerAndResyncs()
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium package (.ci/run does).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            HttpCredentials = new HttpCredentials { Username = AdminGateway.User, Password = AdminGateway.Password },
            TimezoneId = "Asia/Tbilisi",
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        var page = await context.NewPageAsync();

        await page.GotoAsync(new Uri(gateway.BaseAddress, "/admin").ToString());
        var healthy = page.Locator($"tr[data-hei='{AdminGateway.Healthy}'] .badge");
        var failing = page.Locator($"tr[data-hei='{AdminGateway.Failing}']");
        var healthyText = await healthy.InnerTextAsync();
        var failingBadge = await failing.Locator(".badge").GetAttributeAsync("data-health");
        var failingReasons = await failing.Locator("ul.reasons").InnerTextAsync();
        var firstTime = page.Locator("time").First;
        var shownTime = await firstTime.InnerTextAsync();
        var screenshot = Path.Combine(AppContext.BaseDirectory, "dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        await page.ClickAsync($"tr[data-hei='{AdminGateway.Failing}'] a");
        var heading = await page.Locator("h1").InnerTextAsync();
        await page.ClickAsync("button:has-text('Re-sync now')");
        var notice = await page.Locator(".notice").InnerTextAsync();
        var requested = await page.Locator("#apis").InnerTextAsync();

        Assert.Equal("in sync", healthyText);
        Assert.Equal("Red", failingBadge);
        Assert.Contains("4 failed syncs in a row: HTTP 503 from gtu.ge after 3 attempts", failingReasons, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", shownTime, StringComparison.Ordinal);
        Assert.True(new FileInfo(screenshot).Length > 10_000, "a full-page screenshot was saved");
        Assert.StartsWith(AdminGateway.Failing, heading, StringComparison.Ordinal);
        Assert.Contains("full re-sync was requested", notice, StringComparison.Ordinal);
        Assert.Contains("(re-sync requested)", requested, StringComparison.Ordinal);
    }
}
