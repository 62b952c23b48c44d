using EwpGateway.Features.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EwpGateway.UnitTests.Features.Registry;

public sealed class RegistryRefreshWorkerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartAsync_RegistryAvailable_LoadsBeforeReturning()
    {
        await using var server = await FakeRegistryServer.StartAsync(Token);
        server.Content = TestCatalogue.Shared.ToBytes();
        using var services = new RegistryTestServices(server.Url.ToString());
        var worker = Worker(services);

        await worker.StartAsync(Token);
        try
        {
            Assert.NotNull(services.Store.Current);
            Assert.Single(server.Requests);
        }
        finally
        {
            await worker.StopAsync(Token);
        }
    }

    [Fact]
    public async Task ExecuteAsync_IntervalElapses_RefreshesOncePerInterval()
    {
        await using var server = await FakeRegistryServer.StartAsync(Token);
        server.Content = TestCatalogue.Shared.ToBytes();
        using var services = new RegistryTestServices(server.Url.ToString(), new Dictionary<string, string?> { ["Ewp:Registry:RefreshInterval"] = "00:05:00" });
        var worker = Worker(services);
        await worker.StartAsync(Token);
        try
        {
            services.Time.Advance(TimeSpan.FromMinutes(4));
            await Task.Delay(50, Token);
            Assert.Single(server.Requests);

            services.Time.Advance(TimeSpan.FromMinutes(1));
            await WaitForAsync(() => server.Requests.Count == 2);

            services.Time.Advance(TimeSpan.FromMinutes(5));
            await WaitForAsync(() => server.Requests.Count == 3);
            Assert.Equal("\"v1\"", server.Requests.Last().IfNoneMatch);
        }
        finally
        {
            await worker.StopAsync(Token);
        }
    }

    [Fact]
    public async Task StopAsync_WhileWaiting_StopsPromptly()
    {
        using var services = new RegistryTestServices("http://127.0.0.1:1/catalogue-v1.xml");
        var worker = Worker(services);
        await worker.StartAsync(Token);

        await worker.StopAsync(Token).WaitAsync(TimeSpan.FromSeconds(10), Token);

        Assert.True(worker.ExecuteTask?.IsCompleted ?? true);
    }

    private static RegistryRefreshWorker Worker(RegistryTestServices services) =>
        services.Provider.GetServices<IHostedService>().OfType<RegistryRefreshWorker>().Single();

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
