using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using EwpGateway.Benchmarks.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EwpGateway.Benchmarks.EndToEnd;

/// <summary>
/// The reference for the end-to-end figure: Kestrel in its own process answering each GET with a body of the asked size
/// and one RSA-2048 signature over a signing string of the gateway's shape (the SHA-256 digest of the body included), and
/// nothing else: no request verification, no database, no XML, no logging. What it reaches per server core is the most a
/// server on Kestrel that signs every response can reach on this machine; the gateway's share of it shows what the
/// gateway's own work costs.
/// </summary>
internal sealed class ReferenceServer : IAsyncDisposable
{
    /// <summary>The first argument that starts the benchmark program as the reference server (see <see cref="ServeAsync"/>).</summary>
    public const string Mode = "--reference-server";

    private readonly Process _process;

    private ReferenceServer(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
        Meter = new ProcessMeter(process.Id);
    }

    public Uri BaseUrl { get; }

    public ProcessMeter Meter { get; }

    /// <summary>Starts the benchmark program again as the reference server and waits until it listens.</summary>
    public static async Task<ReferenceServer> StartAsync(string keyPemPath, CancellationToken ct)
    {
        var port = FreePort.Next();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "EwpGateway.Benchmarks.dll"), Mode, port.ToString(CultureInfo.InvariantCulture), keyPemPath })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ReferenceServer(process, new Uri($"http://127.0.0.1:{port}/"));
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync(timeout.Token)) is not null && line != "listening")
        {
        }

        if (line is null)
        {
            await server.DisposeAsync();
            throw new InvalidOperationException("The reference server stopped before it listened.");
        }

        return server;
    }

    /// <summary>Serves on 127.0.0.1:<c>args[0]</c>, signing with the PKCS#8 PEM key in <c>args[1]</c>, until stopped.</summary>
    public static async Task ServeAsync(string[] args)
    {
        var port = int.Parse(args[0], CultureInfo.InvariantCulture);
        using var key = RSA.Create();
        key.ImportFromPem(await File.ReadAllTextAsync(args[1]));
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var app = builder.Build();
        var bodies = new Dictionary<int, byte[]>();
        app.MapGet("/get", (HttpContext context) => AnswerAsync(context, key, Body(bodies, context.Request.Query["bytes"])));
        await app.StartAsync();
        Console.WriteLine("listening");
        await app.WaitForShutdownAsync();
    }

    /// <summary>A request the reference answers with a body of <paramref name="bytes"/> bytes.</summary>
    public HttpRequestMessage Request(int bytes, int index)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(BaseUrl, $"get?bytes={bytes}&n={index}"));
        request.Headers.Add("X-Request-Id", Guid.NewGuid().ToString());
        return request;
    }

    /// <summary>True when the answer is a 200 with the asked number of bytes and a signature.</summary>
    public static async Task<bool> CheckAsync(HttpClient http, HttpRequestMessage request, int bytes, CancellationToken ct)
    {
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, ct);
        var body = await response.Content.ReadAsByteArrayAsync(ct);
        return response.StatusCode == HttpStatusCode.OK && body.Length == bytes && response.Headers.Contains("Signature");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static async Task AnswerAsync(HttpContext context, RSA key, byte[] body)
    {
        var response = context.Response;
        var digest = "SHA-256=" + Convert.ToBase64String(SHA256.HashData(body));
        var date = TimeProvider.System.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        var requestId = context.Request.Headers["X-Request-Id"].ToString();
        var signed = $"(request-target): get {context.Request.Path}{context.Request.QueryString}\ndate: {date}\ndigest: {digest}\n"
            + $"x-request-id: {requestId}\ncontent-type: application/xml";
        var signature = Convert.ToBase64String(key.SignData(Encoding.ASCII.GetBytes(signed), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        response.ContentType = "application/xml";
        response.ContentLength = body.Length;
        response.Headers.Date = date;
        response.Headers["Digest"] = digest;
        response.Headers["X-Request-Id"] = requestId;
        response.Headers["Signature"] = $"keyId=\"reference\",algorithm=\"rsa-sha256\",headers=\"(request-target) date digest x-request-id content-type\",signature=\"{signature}\"";
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static byte[] Body(Dictionary<int, byte[]> bodies, string? asked)
    {
        var bytes = Math.Clamp(int.Parse(asked ?? "0", CultureInfo.InvariantCulture), 0, 10_000_000);
        lock (bodies)
        {
            if (!bodies.TryGetValue(bytes, out var body))
            {
                body = new byte[bytes];
                Random.Shared.NextBytes(body);
                bodies[bytes] = body;
            }

            return body;
        }
    }
}
