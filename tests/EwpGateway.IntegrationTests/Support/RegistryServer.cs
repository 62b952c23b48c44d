using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EwpGateway.IntegrationTests.Support;

/// <summary>A registry served over HTTP on 127.0.0.1 whose answer a test can switch: the catalogue, an outage, or garbage.</summary>
internal sealed class RegistryServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private volatile string _catalogue;
    private volatile int _status = StatusCodes.Status200OK;
    private int _requests;

    private RegistryServer(WebApplication app, string catalogue)
    {
        _app = app;
        _catalogue = catalogue;
    }

    public Uri CatalogueUrl { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    public static async Task<RegistryServer> StartAsync(string catalogue, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new RegistryServer(app, catalogue);
        app.MapGet("/catalogue-v1.xml", server.Answer);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.CatalogueUrl = new Uri(address + "/catalogue-v1.xml");
        return server;
    }

    /// <summary>Answers every following request with this status (500 = outage).</summary>
    public void Fail(int status = StatusCodes.Status500InternalServerError) => _status = status;

    /// <summary>Answers 200 with this body from now on.</summary>
    public void Serve(string body)
    {
        _catalogue = body;
        _status = StatusCodes.Status200OK;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private IResult Answer(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        if (_status != StatusCodes.Status200OK)
        {
            return Results.StatusCode(_status);
        }

        var catalogue = _catalogue;
        var etag = $"\"{catalogue.GetHashCode():x8}\"";
        if (context.Request.Headers.IfNoneMatch == etag)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        context.Response.Headers.ETag = etag;
        return Results.Text(catalogue, "application/xml");
    }
}
