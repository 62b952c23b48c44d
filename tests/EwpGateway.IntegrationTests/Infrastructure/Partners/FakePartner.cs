using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using EwpGateway.HttpSignatures;
using EwpGateway.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EwpGateway.IntegrationTests.Infrastructure.Partners;

/// <summary>
/// A partner HEI's Echo endpoint on Kestrel (127.0.0.1): signs its responses with <see cref="ServerKey"/> (or with
/// <see cref="SignWith"/> when set), answers the scripted statuses in order then 200, and records every request.
/// </summary>
internal sealed class FakePartner : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _script = new();
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();
    private readonly SwitchableKey _key;

    private FakePartner(WebApplication app, SwitchableKey key)
    {
        _app = app;
        _key = key;
    }

    public TestKey ServerKey { get; } = new();

    /// <summary>Signs responses with another key from now on (one the registry does not list for this host).</summary>
    public TestKey? SignWith
    {
        get => _key.Override;
        set => _key.Override = value;
    }

    public Uri EchoUrl { get; private set; } = null!;

    /// <summary>When set, every request is answered with this status (after the script).</summary>
    public int? AlwaysStatus { get; set; }

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <param name="timeProvider">The partner's clock (Date of its signed responses).</param>
    /// <param name="ct">Cancels the start.</param>
    /// <param name="tls">When given, the partner serves HTTPS on <c>localhost</c> with this certificate.</param>
    public static async Task<FakePartner> StartAsync(TimeProvider timeProvider, CancellationToken ct, X509Certificate2? tls = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0, listen =>
        {
            if (tls is not null)
            {
                listen.UseHttps(tls);
            }
        }));
        builder.Logging.ClearProviders();
        var key = new SwitchableKey();
        builder.Services.AddSingleton<IResponseSigningKey>(key);
        builder.Services.AddEwpResponseSigning(o => o.TimeProvider = timeProvider);
        var app = builder.Build();
        var partner = new FakePartner(app, key);
        key.Default = partner.ServerKey;
        app.UseEwpResponseSigning();
        app.MapPost("/ewp/echo", (Func<HttpContext, Task<IResult>>)partner.EchoAsync);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        partner.EchoUrl = new Uri((tls is null ? address : address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal)) + "/ewp/echo");
        return partner;
    }

    public void Script(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _script.Enqueue(status);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task<IResult> EchoAsync(HttpContext context)
    {
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        _requests.Enqueue(new ReceivedRequest(
            context.Request.Headers["X-Request-Id"].ToString(),
            context.Request.Headers.Authorization.ToString(),
            [.. form["echo"].Select(v => v ?? "")]));
        var status = _script.TryDequeue(out var scripted) ? scripted : AlwaysStatus ?? StatusCodes.Status200OK;
        var echoes = string.Concat(form["echo"].Select(v => $"<echo>{System.Security.SecurityElement.Escape(v)}</echo>"));
        var body = status == StatusCodes.Status200OK
            ? $"<response xmlns=\"https://github.com/erasmus-without-paper/ewp-specs-api-echo/tree/stable-v2\">{echoes}</response>"
            : "<error-response xmlns=\"https://github.com/erasmus-without-paper/ewp-specs-architecture/blob/stable-v1/common-types.xsd\"/>";
        return Results.Content(body, "application/xml", statusCode: status);
    }

    internal sealed record ReceivedRequest(string RequestId, string Authorization, IReadOnlyList<string> Echoes);

    private sealed class SwitchableKey : IResponseSigningKey
    {
        public TestKey Default { get; set; } = null!;

        public TestKey? Override { get; set; }

        public string KeyId => (Override ?? Default).KeyId;

        public System.Security.Cryptography.RSA PrivateKey => (Override ?? Default).Rsa;
    }
}
