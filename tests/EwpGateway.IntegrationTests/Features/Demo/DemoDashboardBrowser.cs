using Microsoft.Playwright;

namespace EwpGateway.IntegrationTests.Features.Demo;

/// <summary>What an administrator sees of the demo network in Chromium (Playwright, Debian's Chromium, headless).</summary>
internal sealed record DemoDashboardBrowser(
    string? HealthyBadge, string? FailingBadge, string FailingReasons, string PartnerHeading, string ResyncNotice, string ScreenshotPath)
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Loads the dashboard, reads utwente.nl (healthy) and gtu.ge (failing), follows gtu.ge and asks for a re-sync.</summary>
    public static async Task<DemoDashboardBrowser> VisitAsync(Uri gateway, string user, string password, CancellationToken ct)
    {
        Assert.True(File.Exists(ChromiumPath), $"{ChromiumPath} is missing: install Debian's chromium package (.ci/run does).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true, Args = ["--no-sandbox"] });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            HttpCredentials = new HttpCredentials { Username = user, Password = password },
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        ct.ThrowIfCancellationRequested();

        await page.GotoAsync(new Uri(gateway, "/admin").ToString());
        var healthy = await page.Locator("tr[data-hei='utwente.nl'] .badge").GetAttributeAsync("data-health");
        var failing = page.Locator("tr[data-hei='gtu.ge']");
        var failingBadge = await failing.Locator(".badge").GetAttributeAsync("data-health");
        var reasons = await failing.Locator("ul.reasons").InnerTextAsync();
        var screenshot = Path.Combine(AppContext.BaseDirectory, "demo-dashboard.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });

        await page.ClickAsync("tr[data-hei='gtu.ge'] a");
        var heading = await page.Locator("h1").InnerTextAsync();
        await page.ClickAsync("button:has-text('Re-sync now')");
        var notice = await page.Locator(".notice").InnerTextAsync();
        return new DemoDashboardBrowser(healthy, failingBadge, reasons, heading, notice, screenshot);
    }
}
