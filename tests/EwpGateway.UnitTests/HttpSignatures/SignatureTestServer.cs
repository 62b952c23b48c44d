using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using EwpGateway.HttpSignatures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace EwpGateway.UnitTests.HttpSignatures;

/// <summary>
/// A real Kestrel host on 127.0.0.1:0 with the EWP signature scheme, response signing and an echo endpoint,
/// on a fake clock. The error writer stands in for the host's EWP error-response writer.
/// </summary>
internal sealed class SignatureTestServer : IAsyncDisposable
{
    public static readonly string[] HeiIds = ["uw.edu.pl", "uo.edu.pl"];

    private readonly WebApplication _app;

    private SignatureTestServer(WebApplication app, FakeTimeProvider time, Uri baseAddress)
    {
        _app = app;
        Time = time;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    public FakeTimeProvider Time { get; }

    public Uri BaseAddress { get; }

    public string Host => BaseAddress.Authority;

    public HttpClient Client { get; }

    public static async Task<SignatureTestServer> StartAsync(
        CancellationToken cancellationToken, Action<EwpHttpSignatureOptions>? configure = null, FakeTimeProvider? time = null)
    {
        time ??= new FakeTimeProvider(FixedVectors.Now);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<IClientKeyResolver>(new FakeClientKeyResolver(TestKeys.LoadClient(), HeiIds));
        builder.Services.AddSingleton<IResponseSigningKey>(new ResponseSigningKey(TestKeys.LoadServer()));
        builder.Services.AddEwpResponseSigning(o => o.TimeProvider = time);
        builder.Services.AddAuthentication(EwpHttpSignatureDefaults.AuthenticationScheme)
            .AddEwpHttpSignature(o =>
            {
                o.TimeProvider = time;
                configure?.Invoke(o);
            });
        builder.Services.AddAuthorization();

        var app = builder.Build();
        app.UseEwpResponseSigning();
        app.Use(WriteSignatureFailureAsync);
        app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/teapot")
            {
                context.Response.StatusCode = StatusCodes.Status418ImATeapot;
                await context.Response.WriteAsync("short and stout", context.RequestAborted);
                return;
            }

            await next(context);
        });
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/public", () => "public");
        app.MapGet("/large", async (HttpContext context) =>
        {
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            for (var i = 0; i < 40; i++)
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        });
        app.MapMethods("/echo", ["GET", "POST"], (Delegate)EchoAsync).RequireAuthorization();
        app.MapGet("/rest/echo", (Delegate)EchoAsync).RequireAuthorization();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new SignatureTestServer(app, time, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static async Task<IResult> EchoAsync(HttpContext context)
    {
        var user = context.User;
        var echo = context.Request.HasFormContentType
            ? (await context.Request.ReadFormAsync(context.RequestAborted))["echo"].ToArray()
            : context.Request.Query["echo"].ToArray();
        var lines = new List<string>
        {
            "key=" + user.FindFirstValue(EwpClaimTypes.KeyId),
            "method=" + user.FindFirstValue(EwpClaimTypes.AuthMethod),
            "heis=" + string.Join(',', user.FindAll(EwpClaimTypes.HeiId).Select(c => c.Value)),
            "echo=" + string.Join(',', echo),
            "signature=" + context.Features.Get<IHttpSignatureFeature>()?.Signature,
        };
        return Results.Text(string.Join('\n', lines));
    }

    // Stands in for the host's single EWP <error-response> writer.
    private static async Task WriteSignatureFailureAsync(HttpContext context, RequestDelegate next)
    {
        await next(context);
        var failure = context.Features.Get<IHttpSignatureFailureFeature>();
        if (failure is not null && !context.Response.HasStarted)
        {
            await context.Response.WriteAsync("error: " + failure.Message, context.RequestAborted);
        }
    }

    private sealed class FakeClientKeyResolver(RSA key, IReadOnlyList<string> heiIds) : IClientKeyResolver
    {
        // Like the registry resolver, one public key object shared by every call: the caller never disposes it.
        private readonly RSA _publicKey = PublicPart(key);

        public ValueTask<ResolvedClientKey?> ResolveAsync(string keyId, CancellationToken cancellationToken) =>
            ValueTask.FromResult(keyId == TestKeys.ClientKeyId ? new ResolvedClientKey(keyId, _publicKey, heiIds) : null);

        private static RSA PublicPart(RSA key)
        {
            var rsa = RSA.Create();
            rsa.ImportSubjectPublicKeyInfo(key.ExportSubjectPublicKeyInfo(), out _);
            return rsa;
        }
    }
}
