using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EwpGateway.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EwpGateway.IntegrationTests.Security;

/// <summary>
/// A partner HEI (<see cref="HeiId"/>) on Kestrel whose every EWP API answers <see cref="Answer"/>, signed with its
/// registered server key (srvauth-httpsig over <c>date digest x-request-id</c>): the payload, not the signature, is the
/// attack. Signs by itself rather than with the gateway's middleware so that any bytes, of any size, can be sent.
/// </summary>
internal sealed class HostilePartner : IAsyncDisposable
{
    public const string HeiId = "hostile.example.org";

    private readonly WebApplication _app;
    private int _requests;

    private HostilePartner(WebApplication app) => _app = app;

    public TestKey ServerKey { get; } = new();

    public TestKey ClientKey { get; } = new();

    public Uri BaseUrl { get; private set; } = null!;

    public HostileAnswer Answer { get; set; } = HostileAnswer.Xml("nothing", "<nothing/>");

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<HostilePartner> StartAsync(CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var partner = new HostilePartner(app);
        app.Run(partner.AnswerAsync);
        await app.StartAsync(ct);
        partner.BaseUrl = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        return partner;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var answer = Answer;
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        var date = TimeProvider.System.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var digest = "SHA-256=" + Convert.ToBase64String(SHA256.HashData(answer.Body));
        var requestId = context.Request.Headers["X-Request-Id"].ToString();
        var response = context.Response;
        response.ContentType = "application/xml; charset=utf-8";
        response.Headers.Date = date;
        response.Headers["Digest"] = digest;
        response.Headers["X-Request-Id"] = requestId;
        var signature = Sign($"date: {date}\ndigest: {digest}\nx-request-id: {requestId}");
        response.Headers["Signature"] = answer.TwoSignatures
            ? new Microsoft.Extensions.Primitives.StringValues([signature, Sign("date: " + date)])
            : signature;

        if (answer.StreamedBytes > 0)
        {
            await response.Body.WriteAsync(answer.Body, context.RequestAborted);
            var filler = new byte[64 * 1024];
            Array.Fill(filler, (byte)' ');
            try
            {
                for (long sent = 0; sent < answer.StreamedBytes && !context.RequestAborted.IsCancellationRequested; sent += filler.Length)
                {
                    await response.Body.WriteAsync(filler, context.RequestAborted);
                }
            }
            catch (Exception ex) when (ex is IOException or OperationCanceledException)
            {
                // The gateway hung up, as it should.
            }

            return;
        }

        response.ContentLength = answer.AnnouncedLength ?? answer.Body.Length;
        try
        {
            await response.Body.WriteAsync(answer.Body, context.RequestAborted);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or InvalidOperationException)
        {
            // An announced length that is never sent ends the connection.
        }
    }

    private string Sign(string signingString)
    {
        var signature = Convert.ToBase64String(ServerKey.Rsa.SignData(Encoding.UTF8.GetBytes(signingString), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        var headers = signingString.Contains("digest", StringComparison.Ordinal) ? "date digest x-request-id" : "date";
        return $"keyId=\"{ServerKey.KeyId}\",algorithm=\"rsa-sha256\",headers=\"{headers}\",signature=\"{signature}\"";
    }
}
