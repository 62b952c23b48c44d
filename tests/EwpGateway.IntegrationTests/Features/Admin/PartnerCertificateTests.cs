using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using EwpGateway.Infrastructure.Certificates;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EwpGateway.IntegrationTests.Features.Admin;

/// <summary>Partners' certificates on the dashboard: the one a partner authenticated with, and expiry in its health.</summary>
public sealed class PartnerCertificateTests : IAsyncLifetime
{
    private const string Header = "X-Client-Cert";
    private const string Password = "correct-horse-battery";
    private readonly X509Certificate2 _registered = TestCertificates.SelfSigned("validator-client", server: false);
    private TestNetwork _network = null!;
    private GatewayFactory _factory = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _network = new TestNetwork(_registered);
        var settings = _network.GatewaySettings();
        settings["Ewp:ClientCertificates:ForwardedHeaderName"] = Header;
        settings["Admin:Users:0:Name"] = "alice";
        settings["Admin:Users:0:Password"] = Password;

        // The test certificate is valid for 30 days: inside this warning period.
        settings["Admin:CertificateWarning"] = "60.00:00:00";
        _factory = new GatewayFactory(settings);
        _client = new HttpClient { BaseAddress = _factory.Start(), Timeout = TimeSpan.FromSeconds(30) };
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
        _network.Dispose();
        _registered.Dispose();
    }

    [Fact]
    public async Task Dashboard_PartnerAuthenticatedWithCertificate_ShowsItsExpiryAndWarns()
    {
        var partner = TestNetwork.ValidatorHeiIds[0];
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/ewp/echo?echo=x");
            request.Headers.Add(Header, Convert.ToBase64String(_registered.RawData));
            var response = await _client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await _factory.Services.GetRequiredService<PeerCertificateWriter>().FlushAsync(Ct);
        using var json = JsonDocument.Parse(await Admin().GetStringAsync($"/admin/api/partners/{partner}", Ct));
        var summary = json.RootElement.GetProperty("summary");
        var certificate = Assert.Single(summary.GetProperty("certificates").EnumerateArray());
        var html = await Admin().GetStringAsync($"/admin/partners/{partner}", Ct);

        Assert.Equal("Client", certificate.GetProperty("role").GetString());
        Assert.Equal(Fingerprint(_registered), certificate.GetProperty("fingerprint").GetString());
        Assert.Equal(_registered.NotAfter.ToUniversalTime(), certificate.GetProperty("notAfter").GetDateTimeOffset().UtcDateTime, TimeSpan.FromSeconds(1));
        Assert.Equal("Amber", summary.GetProperty("health").GetString());
        Assert.Contains(summary.GetProperty("reasons").EnumerateArray(), r => r.GetString()!.StartsWith("its TLS client certificate expires in ", StringComparison.Ordinal));
        Assert.Equal(1, summary.GetProperty("registryClientKeys").GetInt32());
        Assert.Contains(Fingerprint(_registered), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_PartnerHostCertificateExpired_RedWithTheDate()
    {
        var now = TimeProvider.System.GetUtcNow();
        await using (var db = _factory.Services.GetRequiredService<GatewayDbContextFactory>().CreateDbContext())
        {
            // What the partner clients record when a partner host presents an expired certificate (the call itself fails).
            db.PeerCertificates.Add(new PeerCertificate
            {
                Fingerprint = new string('a', 64), Role = PeerCertificateRole.Server, HeiIds = "gtu.ge", Host = "ewp.gtu.ge",
                Subject = "CN=ewp.gtu.ge", NotBefore = now.AddYears(-1), NotAfter = now.AddDays(-2), FirstSeenAt = now.AddDays(-20), LastSeenAt = now,
            });
            await db.SaveChangesAsync(Ct);
        }

        using var json = JsonDocument.Parse(await Admin().GetStringAsync("/admin/api/partners", Ct));

        var gtu = json.RootElement.EnumerateArray().Single(p => p.GetProperty("heiId").GetString() == "gtu.ge");
        Assert.Equal("Red", gtu.GetProperty("health").GetString());
        Assert.Contains(gtu.GetProperty("reasons").EnumerateArray(),
            r => r.GetString() == $"the TLS certificate of ewp.gtu.ge expired on {now.AddDays(-2):yyyy-MM-dd}");
    }

    private HttpClient Admin()
    {
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"alice:{Password}")));
        return _client;
    }

    private static string Fingerprint(X509Certificate2 certificate) =>
        Convert.ToHexStringLower(certificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256));
}
