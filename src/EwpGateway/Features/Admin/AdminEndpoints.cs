using System.Security.Claims;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Features.Sync;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Admin;

/// <summary>
/// <c>/admin</c> (HTML pages, form buttons protected by antiforgery tokens) and <c>/admin/api</c> (the same as JSON,
/// ProblemDetails on errors; actions need a JSON body, which a cross-site form cannot send).
/// </summary>
internal static class AdminEndpoints
{
    public static IEndpointRouteBuilder MapAdmin(this IEndpointRouteBuilder endpoints)
    {
        var admin = endpoints.MapGroup("/admin").RequireAuthorization(AdminAuthenticationHandler.Policy).ExcludeFromDescription();
        admin.MapGet("", DashboardAsync);
        admin.MapGet("/partners/{heiId}", PartnerPageAsync);
        admin.MapPost("/partners/{heiId}/resync", ResyncFormAsync);
        admin.MapPost("/partners/{heiId}/retry-cnrs", RetryFormAsync);
        admin.MapGet("/exchanges", async (string? partner, string? api, string? direction, string? outcome, long? before, ExchangeQueries log, CancellationToken ct) =>
            Html(ExchangePages.Search(await log.SearchAsync(partner, api, direction, outcome, before, ct), partner, api, direction, outcome)));
        admin.MapGet("/exchanges/{id:long}", async (long id, ExchangeQueries log, CancellationToken ct) =>
            await log.GetAsync(id, ct) is { } exchange ? Html(ExchangePages.Detail(exchange)) : Results.NotFound());

        var api = admin.MapGroup("/api");
        api.MapGet("/partners", async (AdminQueries queries, CancellationToken ct) => Results.Ok(await queries.GetPartnersAsync(ct)));
        api.MapGet("/partners/{heiId}", async (string heiId, AdminQueries queries, CancellationToken ct) =>
            await queries.GetPartnerAsync(heiId, ct) is { } detail ? Results.Ok(detail) : UnknownPartner(heiId));
        api.MapGet("/exchanges", async (string? partner, string? api, string? direction, string? outcome, long? before, ExchangeQueries log, CancellationToken ct) =>
            Results.Ok(await log.SearchAsync(partner, api, direction, outcome, before, ct)));
        api.MapGet("/exchanges/{id:long}", async (long id, ExchangeQueries log, CancellationToken ct) =>
            await log.GetAsync(id, ct) is { } exchange
                ? Results.Ok(exchange)
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown exchange", detail: $"No exchange {id} in the communication log (older ones are purged after the retention)."));
        api.MapPost("/partners/{heiId}/resync", async (string heiId, [FromBody] AdminActionRequest request, HttpContext context, CancellationToken ct) =>
            await ResyncAsync(heiId, context, ct) ? Results.Accepted(value: new { partner = heiId }) : UnknownPartner(heiId));
        api.MapPost("/partners/{heiId}/retry-cnrs", async (string heiId, [FromBody] AdminActionRequest request, HttpContext context, CancellationToken ct) =>
            await RetryAsync(heiId, context, ct) is { } retried ? Results.Ok(new { partner = heiId, retried }) : UnknownPartner(heiId));
        return endpoints;
    }

    private static async Task<IResult> DashboardAsync(AdminQueries queries, IOptions<EwpHostOptions> host, IOptionsMonitor<AdminOptions> options, CancellationToken ct)
    {
        var partners = await queries.GetPartnersAsync(ct);
        return Results.Content(AdminPages.Dashboard(host.Value.HeiId, partners, options.CurrentValue.RefreshInterval), "text/html; charset=utf-8");
    }

    private static async Task<IResult> PartnerPageAsync(
        string heiId, string? done, HttpContext context, AdminQueries queries, IAntiforgery antiforgery, IOptionsMonitor<AdminOptions> options, CancellationToken ct)
    {
        var detail = await queries.GetPartnerAsync(heiId, ct);
        if (detail is null)
        {
            return Results.Content(AdminHtml.Page("Unknown partner", TimeSpan.Zero, page => page.Element("h1", $"No exchanges with {heiId}")), "text/html; charset=utf-8", statusCode: 404);
        }

        var tokens = antiforgery.GetAndStoreTokens(context);
        var notice = done switch
        {
            "resync" => "A full re-sync was requested; the reconciliation worker starts it now.",
            "retry-cnrs" => "The failed CNRs were put back in the queue.",
            _ => null,
        };
        var html = AdminPages.Partner(detail, tokens.FormFieldName, tokens.RequestToken ?? "", notice, options.CurrentValue.RefreshInterval);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> ResyncFormAsync(string heiId, IFormCollection form, HttpContext context, CancellationToken ct) =>
        await ResyncAsync(heiId, context, ct) ? Results.Redirect($"/admin/partners/{Uri.EscapeDataString(heiId)}?done=resync") : Results.NotFound();

    private static async Task<IResult> RetryFormAsync(string heiId, IFormCollection form, HttpContext context, CancellationToken ct) =>
        await RetryAsync(heiId, context, ct) is not null ? Results.Redirect($"/admin/partners/{Uri.EscapeDataString(heiId)}?done=retry-cnrs") : Results.NotFound();

    /// <summary>The sync feature's re-sync request (state for every API, and the worker woken); false for an unknown partner.</summary>
    private static async Task<bool> ResyncAsync(string heiId, HttpContext context, CancellationToken ct)
    {
        var services = context.RequestServices;
        if (await services.GetRequiredService<AdminQueries>().GetPartnerAsync(heiId, ct) is null)
        {
            return false;
        }

        await services.GetRequiredService<Reconciler>().RequestResyncAsync(heiId, ct);
        AdminLog.ResyncRequested(Logger(context), UserName(context.User), heiId);
        return true;
    }

    /// <summary>The outbox's retry of given-up CNRs; null for an unknown partner.</summary>
    private static async Task<int?> RetryAsync(string heiId, HttpContext context, CancellationToken ct)
    {
        var services = context.RequestServices;
        if (await services.GetRequiredService<AdminQueries>().GetPartnerAsync(heiId, ct) is null)
        {
            return null;
        }

        var retried = await services.GetRequiredService<OutboxQueries>().RetryFailedAsync(heiId, ct);
        AdminLog.CnrsRetried(Logger(context), UserName(context.User), heiId, retried);
        return retried;
    }

    private static ILogger Logger(HttpContext context) =>
        context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdminEndpoints).FullName!);

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static string UserName(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    private static IResult UnknownPartner(string heiId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown partner", detail: $"The gateway has no exchanges with '{heiId}'.");
}
