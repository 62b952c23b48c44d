using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace EwpGateway.UnitTests.Features.Registry;

/// <summary>A registry on Kestrel at 127.0.0.1 serving one catalogue with ETag and Last-Modified.</summary>
internal sealed class FakeRegistryServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeRegistryServer(WebApplication app) => _app = app;

    public byte[] Content { get; set; } = [];

    public string ETag { get; set; } = "\"v1\"";

    public DateTimeOffset LastModified { get; set; } = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>When set, every request gets this status and no body.</summary>
    public int? FailWith { get; set; }

    public ConcurrentQueue<(string? IfNoneMatch, string? IfModifiedSince, int Status)> Requests { get; } = new();

    public Uri Url => new(_app.Urls.First() + "/catalogue-v1.xml");

    public static async Task<FakeRegistryServer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeRegistryServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        return server;
    }

    public Task StopAsync(CancellationToken cancellationToken) => _app.StopAsync(cancellationToken);

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task HandleAsync(HttpContext context)
    {
        var ifNoneMatch = context.Request.Headers.IfNoneMatch.ToString();
        var ifModifiedSince = context.Request.Headers.IfModifiedSince.ToString();
        int status;
        if (FailWith is { } failure)
        {
            status = failure;
        }
        else if (ifNoneMatch == ETag)
        {
            status = StatusCodes.Status304NotModified;
        }
        else
        {
            status = StatusCodes.Status200OK;
        }

        Requests.Enqueue((NullIfEmpty(ifNoneMatch), NullIfEmpty(ifModifiedSince), status));
        context.Response.StatusCode = status;
        if (status == StatusCodes.Status200OK)
        {
            context.Response.ContentType = "application/xml";
            context.Response.Headers.ETag = ETag;
            context.Response.Headers.LastModified = LastModified.ToString("R");
            await context.Response.Body.WriteAsync(Content, context.RequestAborted);
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
