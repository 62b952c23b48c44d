using System.Security.Claims;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Partners;
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
        api.MapPost("/partners/{heiId}/resync", async (string heiId, [FromBody] AdminActionRequest request, ClaimsPrincipal user, AdminQueries queries, AdminActions actions, IEnumerable<IPartnerObjectSource> sources, CancellationToken ct) =>
            await queries.GetPartnerAsync(heiId, ct) is null
                ? UnknownPartner(heiId)
                : Results.Accepted(value: new { partner = heiId, apis = await actions.RequestResyncAsync(UserName(user), heiId, ApiNames(sources), ct) }));
        api.MapPost("/partners/{heiId}/retry-cnrs", async (string heiId, [FromBody] AdminActionRequest request, ClaimsPrincipal user, AdminQueries queries, AdminActions actions, CancellationToken ct) =>
            await queries.GetPartnerAsync(heiId, ct) is null
                ? UnknownPartner(heiId)
                : Results.Ok(new { partner = heiId, retried = await actions.RetryFailedCnrsAsync(UserName(user), heiId, ct) }));
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
            "resync" => "A full re-sync was requested; it runs at the next reconciliation.",
            "retry-cnrs" => "The failed CNRs were put back in the queue.",
            _ => null,
        };
        var html = AdminPages.Partner(detail, tokens.FormFieldName, tokens.RequestToken ?? "", notice, options.CurrentValue.RefreshInterval);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    private static async Task<IResult> ResyncFormAsync(
        string heiId, IFormCollection form, ClaimsPrincipal user, AdminQueries queries, AdminActions actions, IEnumerable<IPartnerObjectSource> sources, CancellationToken ct)
    {
        if (await queries.GetPartnerAsync(heiId, ct) is null)
        {
            return Results.NotFound();
        }

        await actions.RequestResyncAsync(UserName(user), heiId, ApiNames(sources), ct);
        return Results.Redirect($"/admin/partners/{Uri.EscapeDataString(heiId)}?done=resync");
    }

    private static async Task<IResult> RetryFormAsync(string heiId, IFormCollection form, ClaimsPrincipal user, AdminQueries queries, AdminActions actions, CancellationToken ct)
    {
        if (await queries.GetPartnerAsync(heiId, ct) is null)
        {
            return Results.NotFound();
        }

        await actions.RetryFailedCnrsAsync(UserName(user), heiId, ct);
        return Results.Redirect($"/admin/partners/{Uri.EscapeDataString(heiId)}?done=retry-cnrs");
    }

    private static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    private static List<string> ApiNames(IEnumerable<IPartnerObjectSource> sources) => sources.Select(s => s.Api).Distinct(StringComparer.Ordinal).ToList();

    private static string UserName(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    private static IResult UnknownPartner(string heiId) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown partner", detail: $"The gateway has no exchanges with '{heiId}'.");
}
