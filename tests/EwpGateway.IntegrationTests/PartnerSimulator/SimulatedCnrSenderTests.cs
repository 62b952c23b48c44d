using System.Collections.Concurrent;
using System.Security.Cryptography;
using EwpGateway.HttpSignatures;
using EwpGateway.PartnerSimulator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EwpGateway.IntegrationTests.PartnerSimulator;

/// <summary><see cref="SimulatedPartner.SendCnrAsync"/> against a small Kestrel receiver that verifies the signature.</summary>
public sealed class SimulatedCnrSenderTests
{
    [Theory]
    [InlineData(SimCnrKind.Iia, "/ewp/iia-cnr", "iia_id")]
    [InlineData(SimCnrKind.IiaApproval, "/ewp/iia-approval-cnr", "iia_id")]
    [InlineData(SimCnrKind.Omobility, "/ewp/omobility-cnr", "omobility_id")]
    [InlineData(SimCnrKind.Tor, "/ewp/imobility-tor-cnr", "omobility_id")]
    public async Task SendCnrAsync_Storm_EveryCopySignedAndReceived(SimCnrKind kind, string path, string parameter)
    {
        var ct = TestContext.Current.CancellationToken;
        var received = new ConcurrentBag<(string Path, string Id, bool Verified)>();
        Func<string, RSA?> resolve = _ => null;
        var (app, url) = await StartReceiverAsync(received, id => resolve(id), parameter, ct);
        await using var _ = app;
        await using var sim = SimulatorHarness.Start(o => o.GatewayBaseUrl = url);
        var partner = sim.First;
        var catalogue = sim.Current!;
        resolve = id => catalogue.IsClientKey(id) ? catalogue.CreatePublicKey(id) : null;

        var statuses = await partner.SendCnrAsync(kind, "obj-42", 3, ct);

        Assert.Equal([200, 200, 200], statuses);
        Assert.Equal(3, received.Count);
        Assert.All(received, r => Assert.Equal((path, "obj-42", true), r));
    }

    private static async Task<(WebApplication App, Uri Url)> StartReceiverAsync(
        ConcurrentBag<(string, string, bool)> received, Func<string, RSA?> key, string parameter, CancellationToken ct)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(o => o.Listen(System.Net.IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var verifier = new HttpSignatureVerifier(TimeProvider.System, TimeSpan.FromMinutes(5));
        app.MapPost("/ewp/{**cnr}", async (HttpContext context) =>
        {
            var request = context.Request;
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            string? Header(string name) => request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;
            var verified = SignatureParameters.TryGetFromAuthorization(Header("Authorization"), out var list)
                && SignatureParameters.TryParse(list, out var parameters, out _)
                && (await verifier.VerifyRequestAsync(parameters, request.Method, request.Path + request.QueryString, Header, (id, _) => ValueTask.FromResult(key(id)), context.RequestAborted)).Succeeded
                && HttpSignatureVerifier.VerifyDigest(Header("Digest"), SHA256.HashData(buffer.ToArray()), parameters).Succeeded;
            var form = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            var id = form.Count == 1 && form.TryGetValue(parameter, out var value) ? value.ToString() : "unexpected parameters";
            received.Add((request.Path.Value!, id, verified));
            return Results.Ok();
        });
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(address));
    }
}
