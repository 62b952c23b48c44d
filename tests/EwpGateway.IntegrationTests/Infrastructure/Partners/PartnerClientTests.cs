using EwpGateway.HttpSignatures;
using EwpGateway.Infrastructure.Certificates;
using EwpGateway.Infrastructure.Partners;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polly.CircuitBreaker;
using Refit;

namespace EwpGateway.IntegrationTests.Infrastructure.Partners;

/// <summary>The registered partner clients against partners on Kestrel: signing, verification, retry and circuit breaker.</summary>
public sealed class PartnerClientTests
{
    private static readonly Dictionary<string, string?> FastRetries = new()
    {
        ["Ewp:Partners:RetryBaseDelay"] = "00:00:00.010",
        ["Ewp:Partners:MaxRetryAttempts"] = "3",
    };

    [Fact]
    public async Task EchoAsync_SignedPartner_SucceedsWithVerifiedResponse()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var partner = await FakePartner.StartAsync(TimeProvider.System, ct);
        await using var host = await PartnerClientHost.StartAsync([partner], FastRetries, null, ct);

        using var response = await EchoAsync(host, 0, "hello", ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.Contains("Signature"));
        Assert.Contains("<echo>hello</echo>", await response.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        var request = Assert.Single(partner.Requests);
        Assert.StartsWith("Signature ", request.Authorization, StringComparison.Ordinal);
        Assert.Contains($"keyId=\"{host.ClientKey.KeyId}\"", request.Authorization, StringComparison.Ordinal);
        Assert.Equal(["hello"], request.Echoes);
    }

    [Fact]
    public async Task EchoAsync_TwoServiceUnavailableThenOk_RetriedEachAttemptSignedAfresh()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var partner = await FakePartner.StartAsync(TimeProvider.System, ct);
        await using var host = await PartnerClientHost.StartAsync([partner], FastRetries, null, ct);
        partner.Script(503, 503, 200);

        using var response = await EchoAsync(host, 0, "again", ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var requests = partner.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal(3, requests.Select(r => r.RequestId).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(3, requests.Select(r => r.Authorization).Distinct(StringComparer.Ordinal).Count());
        Assert.All(requests, r => Assert.Equal(["again"], r.Echoes));
    }

    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    public async Task EchoAsync_TransientStatusOnce_Retried(int status)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var partner = await FakePartner.StartAsync(TimeProvider.System, ct);
        await using var host = await PartnerClientHost.StartAsync([partner], FastRetries, null, ct);
        partner.Script(status);

        using var response = await EchoAsync(host, 0, "x", ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, partner.Requests.Count);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(403)]
    [InlineData(404)]
    public async Task EchoAsync_ClientErrorStatus_NotRetried(int status)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var partner = await FakePartner.StartAsync(TimeProvider.System, ct);
        await using var host = await PartnerClientHost.StartAsync([partner], FastRetries, null, ct);
        partner.Script(status);

        using var response = await EchoAsync(host, 0, "x", ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Single(partner.Requests);
    }

    [Fact]
    public async Task EchoAsync_PartnerUnreachable_FailsWithNetworkError()
    {
        var ct = TestContext.Current.CancellationToken;
        var partner = await FakePartner.StartAsync(TimeProvider.System, ct);
        await using var host = await PartnerClientHost.StartAsync([partner], FastRetries, null, ct);
        await partner.DisposeAsync();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => EchoAsync(host, 0, "x", ct));

        Assert.IsType<HttpRequestException>(error.InnerException);
    }

    [Fact]
    public async Task EchoAsync_ResponseSignedWithUnlistedKey_FailsWithoutRetry()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var partner = await FakePartner.StartAsync(TimeProvider.System, ct);
        await using var host = await PartnerClientHost.StartAsync([partner], FastRetries, null, ct);
        partner.SignWith = new Support.TestKey();

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => EchoAsync(host, 0, "x", ct));

        Assert.IsType<HttpSignatureVerificationException>(error.InnerException);

        Assert.Single(partner.Requests);
    }

    [Fact]
    public async Task EchoAsync_OneHostKeepsFailing_CircuitOpensForThatHostOnly()
    {
        var ct = TestContext.Current.CancellationToken;
        var time = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        await using var failing = await FakePartner.StartAsync(time, ct);
        await using var healthy = await FakePartner.StartAsync(time, ct);
        var settings = new Dictionary<string, string?>
        {
            ["Ewp:Partners:MaxRetryAttempts"] = "0",
            ["Ewp:Partners:CircuitBreakerMinimumThroughput"] = "2",
            ["Ewp:Partners:CircuitBreakerFailureRatio"] = "0.5",
            ["Ewp:Partners:CircuitBreakerBreakDuration"] = "00:00:30",
        };
        await using var host = await PartnerClientHost.StartAsync([failing, healthy], settings, time, ct);
        failing.AlwaysStatus = 503;

        for (var i = 0; i < 2; i++)
        {
            using var failed = await EchoAsync(host, 0, "x", ct);
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        }

        var broken = await Assert.ThrowsAsync<ApiRequestException>(() => EchoAsync(host, 0, "x", ct));
        Assert.IsType<BrokenCircuitException>(broken.InnerException);
        Assert.Equal(2, failing.Requests.Count);

        using var other = await EchoAsync(host, 1, "y", ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, other.StatusCode);

        // After the break the circuit lets a trial call through; the host has recovered, so it closes.
        failing.AlwaysStatus = null;
        time.Advance(TimeSpan.FromSeconds(31));
        using var recovered = await EchoAsync(host, 0, "x", ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, recovered.StatusCode);
        Assert.Equal(3, failing.Requests.Count);
    }

    [Fact]
    public async Task AddEwpPartnerClients_InvalidOptions_FailsAtStart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var partner = await FakePartner.StartAsync(TimeProvider.System, ct);
        var settings = new Dictionary<string, string?> { ["Ewp:Partners:MaxRetryAttempts"] = "-1" };

        var error = await Assert.ThrowsAsync<OptionsValidationException>(
            () => PartnerClientHost.StartAsync([partner], settings, null, ct));

        Assert.Contains("Ewp:Partners:MaxRetryAttempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EchoAsync_PartnerHostWithUntrustedCertificate_RefusedAndItsCertificateRecorded()
    {
        var ct = TestContext.Current.CancellationToken;
        using var certificate = TestCertificates.SelfSigned("localhost", server: true);
        await using var partner = await FakePartner.StartAsync(TimeProvider.System, ct, certificate);
        await using var host = await PartnerClientHost.StartAsync([partner], FastRetries, null, ct);

        // Recording the certificate changes nothing about trust: a self-signed server certificate is still refused.
        var refused = await Assert.ThrowsAnyAsync<Exception>(() => EchoAsync(host, 0, "x", ct));
        Assert.Contains(Chain(refused), e => e is System.Security.Authentication.AuthenticationException);

        Assert.Empty(partner.Requests);
        var recorded = new List<PeerCertificate>();
        host.Services.GetRequiredService<PeerCertificateRecorder>().Queue.TakeInto(recorded, 10);
        var seen = Assert.Single(recorded);
        Assert.Equal(PeerCertificateRole.Server, seen.Role);
        Assert.Equal(PartnerClientHost.HeiId(0), seen.HeiIds);
        Assert.Equal("localhost", seen.Host);
        Assert.Equal(Convert.ToHexStringLower(certificate.GetCertHash(System.Security.Cryptography.HashAlgorithmName.SHA256)), seen.Fingerprint);
        Assert.Equal(certificate.NotAfter.ToUniversalTime(), seen.NotAfter.UtcDateTime, TimeSpan.FromSeconds(1));
    }

    private static IEnumerable<Exception> Chain(Exception? exception)
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            yield return exception;
        }
    }

    private static Task<HttpResponseMessage> EchoAsync(PartnerClientHost host, int partner, string echo, CancellationToken ct)
    {
        var endpoint = host.Services.GetRequiredService<PartnerApiResolver>().Resolve(PartnerClientHost.HeiId(partner), PartnerApi.Echo);
        var client = host.Services.GetRequiredService<IEchoV2Client>();
        return client.EchoAsync(endpoint.GetUrl("url"), new FormUrlEncodedContent([new("echo", echo)]), ct);
    }
}
