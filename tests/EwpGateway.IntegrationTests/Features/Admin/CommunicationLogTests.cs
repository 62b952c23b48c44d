using System.Net;
using System.Text.Json;
using EwpGateway.Infrastructure.Exchanges;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Admin;

/// <summary>Every EWP exchange is recorded with its metadata and compressed bodies, and found from the dashboard.</summary>
public sealed class CommunicationLogTests(AdminGateway gateway) : IClassFixture<AdminGateway>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SignedEcho_IsRecordedWithCallerBodiesAndClockOffset_AndFoundBySearch()
    {
        var sentAt = TimeProvider.System.GetUtcNow().AddSeconds(-90);
        var request = new EwpRequest
        {
            Method = "POST",
            Path = "/ewp/echo",
            Parameters = [new("echo", "communication-log-probe")],
            Key = gateway.Network.ValidatorClient,
            Time = sentAt,
        };
        using (var anonymous = gateway.Anonymous())
        using (var message = request.Build(gateway.BaseAddress))
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.SendAsync(message, Ct)).StatusCode);
        }

        using var client = gateway.SignedIn();
        using var list = await ListedAsync(client, $"/admin/api/exchanges?partner={AdminGateway.Healthy}&api=echo&outcome=ok");
        var found = list.RootElement.EnumerateArray().First();
        var id = found.GetProperty("id").GetInt64();
        using var detail = JsonDocument.Parse(await client.GetStringAsync($"/admin/api/exchanges/{id}", Ct));
        var html = await client.GetStringAsync($"/admin/exchanges?partner={AdminGateway.Healthy}", Ct);
        var detailHtml = await client.GetStringAsync($"/admin/exchanges/{id}", Ct);

        Assert.Equal("Inbound", found.GetProperty("direction").GetString());
        Assert.Contains(AdminGateway.Healthy, found.GetProperty("partnerHeiIds").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, found.GetProperty("status").GetInt32());
        Assert.InRange(found.GetProperty("clockOffsetSeconds").GetDouble(), -120, -85);
        Assert.Equal("echo=communication-log-probe", detail.RootElement.GetProperty("requestBody").GetString());
        Assert.Contains("<echo>communication-log-probe</echo>", detail.RootElement.GetProperty("responseBody").GetString(), StringComparison.Ordinal);
        Assert.Contains($"/admin/exchanges/{id}", html, StringComparison.Ordinal);
        Assert.Contains("communication-log-probe", detailHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiExchange_UnknownId_404ProblemDetails()
    {
        using var client = gateway.SignedIn();

        var response = await client.GetAsync("/admin/api/exchanges/987654321", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>
    /// The exchange is queued as the response finishes, which a Kestrel client may see a moment before the middleware
    /// queues it; the list is read again (after the writer caught up) until it shows something, for at most 10 s.
    /// </summary>
    private async Task<JsonDocument> ListedAsync(HttpClient client, string url)
    {
        var writer = gateway.Services.GetRequiredService<ExchangeLogWriter>();
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(10);
        while (true)
        {
            await writer.FlushAsync(Ct);
            var list = JsonDocument.Parse(await client.GetStringAsync(url, Ct));
            if (list.RootElement.GetArrayLength() > 0 || TimeProvider.System.GetUtcNow() > deadline)
            {
                return list;
            }

            list.Dispose();
            await Task.Delay(50, Ct);
        }
    }
}
