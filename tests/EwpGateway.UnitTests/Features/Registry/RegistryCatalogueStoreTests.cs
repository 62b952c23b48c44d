using System.Text;
using EwpGateway.Features.Registry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EwpGateway.UnitTests.Features.Registry;

public sealed class RegistryCatalogueStoreTests
{
    private static readonly TestCatalogue Test = TestCatalogue.Shared;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RefreshAsync_Http_LoadsCatalogueAndWritesCache()
    {
        await using var server = await StartServerAsync();
        using var services = new RegistryTestServices(server.Url.ToString());

        var ok = await services.Store.RefreshAsync(Token);

        Assert.True(ok);
        Assert.NotNull(services.Store.Current);
        Assert.True(services.Store.Current.IsClientKey(Test.ClientFingerprint));
        Assert.Equal(server.Url.ToString(), services.Store.Status.Source);
        Assert.Equal(services.Time.GetUtcNow(), services.Store.Status.LastSuccess);
        Assert.Equal(Test.ToBytes(), await File.ReadAllBytesAsync(services.CachePath, Token));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(services.CachePath)!, "*.tmp"));
        Assert.Equal(HealthStatus.Healthy, (await CheckHealthAsync(services)).Status);
    }

    [Fact]
    public async Task RefreshAsync_SecondTime_SendsConditionalHeadersAndKeepsCopyOn304()
    {
        await using var server = await StartServerAsync();
        using var services = new RegistryTestServices(server.Url.ToString());
        await services.Store.RefreshAsync(Token);
        var first = services.Store.Current;
        services.Time.Advance(TimeSpan.FromMinutes(15));

        var ok = await services.Store.RefreshAsync(Token);

        Assert.True(ok);
        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.Null(requests[0].IfNoneMatch);
        Assert.Equal("\"v1\"", requests[1].IfNoneMatch);
        Assert.Equal(server.LastModified, DateTimeOffset.Parse(requests[1].IfModifiedSince!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(304, requests[1].Status);
        Assert.Same(first, services.Store.Current);
        Assert.Equal(services.Time.GetUtcNow(), services.Store.Status.LastSuccess);
        Assert.False(services.Store.Status.IsStale);
    }

    [Fact]
    public async Task RefreshAsync_NewVersion_ReplacesCopy()
    {
        await using var server = await StartServerAsync();
        using var services = new RegistryTestServices(server.Url.ToString());
        await services.Store.RefreshAsync(Token);
        server.Content = Test.ToBytes("Universiteit Twente");
        server.ETag = "\"v2\"";

        await services.Store.RefreshAsync(Token);

        Assert.Equal("Universiteit Twente", services.Store.Current!.FindInstitution("utwente.nl")!.Names[0].Value);
    }

    [Fact]
    public async Task RefreshAsync_RegistryAnswers500_KeepsCopyAndReportsDegraded()
    {
        await using var server = await StartServerAsync();
        using var services = new RegistryTestServices(server.Url.ToString());
        await services.Store.RefreshAsync(Token);
        var good = services.Store.Current;
        server.FailWith = 500;

        var ok = await services.Store.RefreshAsync(Token);
        await services.Store.RefreshAsync(Token);

        Assert.False(ok);
        Assert.Same(good, services.Store.Current);
        Assert.Equal(2, services.Store.Status.ConsecutiveFailures);
        Assert.True(services.Store.Status.IsStale);
        Assert.Contains("500", services.Store.Status.LastError, StringComparison.Ordinal);
        Assert.Equal(HealthStatus.Degraded, (await CheckHealthAsync(services)).Status);
    }

    [Fact]
    public async Task RefreshAsync_RegistryStopped_KeepsCopyAndReportsDegraded()
    {
        var server = await StartServerAsync();
        using var services = new RegistryTestServices(server.Url.ToString());
        await services.Store.RefreshAsync(Token);
        await server.StopAsync(Token);
        await server.DisposeAsync();

        var ok = await services.Store.RefreshAsync(Token);

        Assert.False(ok);
        Assert.NotNull(services.Store.Current);
        Assert.Equal(1, services.Store.Status.ConsecutiveFailures);
        Assert.Equal(HealthStatus.Degraded, (await CheckHealthAsync(services)).Status);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("invalid")]
    [InlineData("dtd")]
    public async Task RefreshAsync_CorruptCatalogue_KeepsCopy(string kind)
    {
        await using var server = await StartServerAsync();
        using var services = new RegistryTestServices(server.Url.ToString());
        await services.Store.RefreshAsync(Token);
        var good = services.Store.Current;
        server.ETag = "\"v2\"";
        server.Content = kind switch
        {
            "garbage" => [0x00, 0xff, 0x13, 0x37, 0x3c, 0x3c],
            // Well-formed and in the right namespace, but a host without institutions element is schema-invalid.
            "invalid" => Encoding.UTF8.GetBytes("<catalogue xmlns='https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1'><host/></catalogue>"),
            _ => Encoding.UTF8.GetBytes(Test.ToXml().Replace("<catalogue ", "<!DOCTYPE catalogue [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>\n<catalogue ", StringComparison.Ordinal)),
        };

        var ok = await services.Store.RefreshAsync(Token);

        Assert.False(ok);
        Assert.Same(good, services.Store.Current);
        Assert.True(services.Store.Status.IsStale);
        Assert.NotNull(services.Store.Status.LastError);
        Assert.Equal(Test.ToBytes(), await File.ReadAllBytesAsync(services.CachePath, Token));
    }

    [Fact]
    public async Task InitializeAsync_RegistryUnreachable_StartsFromDiskCache()
    {
        await using var server = await StartServerAsync();
        using var services = new RegistryTestServices(server.Url.ToString());
        Directory.CreateDirectory(Path.GetDirectoryName(services.CachePath)!);
        await File.WriteAllBytesAsync(services.CachePath, Test.ToBytes(), Token);
        server.FailWith = 503;

        await services.Store.InitializeAsync(Token);

        Assert.NotNull(services.Store.Current);
        Assert.True(services.Store.Current.IsKnownHei("gtu.ge"));
        Assert.Equal(services.CachePath, services.Store.Status.Source);
        Assert.True(services.Store.Status.IsStale);
        Assert.Null(services.Store.Status.LastSuccess);
        Assert.Equal(HealthStatus.Degraded, (await CheckHealthAsync(services)).Status);
    }

    [Fact]
    public async Task InitializeAsync_NoRegistryNoCache_UnhealthyWithoutThrowing()
    {
        using var services = new RegistryTestServices("http://127.0.0.1:1/catalogue-v1.xml");

        await services.Store.InitializeAsync(Token);

        Assert.Null(services.Store.Current);
        Assert.False(services.Store.Status.HasCatalogue);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckHealthAsync(services)).Status);
    }

    [Fact]
    public async Task RefreshAsync_FilePath_LoadsCatalogue()
    {
        using var services = new RegistryTestServices("registry/catalogue.xml");
        Directory.CreateDirectory(Path.Combine(services.ContentRoot, "registry"));
        await File.WriteAllBytesAsync(Path.Combine(services.ContentRoot, "registry", "catalogue.xml"), Test.ToBytes(), Token);

        Assert.True(await services.Store.RefreshAsync(Token));
        Assert.True(services.Store.Current!.IsKnownHei("utwente.nl"));
    }

    private static async Task<FakeRegistryServer> StartServerAsync()
    {
        var server = await FakeRegistryServer.StartAsync(Token);
        server.Content = Test.ToBytes();
        return server;
    }

    private static Task<HealthCheckResult> CheckHealthAsync(RegistryTestServices services) =>
        new RegistryHealthCheck(services.Provider.GetRequiredService<IRegistryCatalogueProvider>())
            .CheckHealthAsync(new HealthCheckContext(), Token);
}
