namespace EwpGateway.Features.Admin;

/// <summary>The communication log pages: a search form with results, and one exchange with its bodies.</summary>
internal static class ExchangePages
{
    public static string Search(IReadOnlyList<ExchangeView> exchanges, string? partner, string? api, string? direction, string? outcome) =>
        AdminHtml.Page("Communication log", TimeSpan.Zero, page =>
        {
            page.Element("h1", "Communication log");
            page.Raw("<form method=\"get\" action=\"/admin/exchanges\" id=\"search\">")
                .Raw("<label>Partner HEI <input name=\"partner\" value=\"").Text(partner).Raw("\"></label> ")
                .Raw("<label>API <input name=\"api\" size=\"12\" value=\"").Text(api).Raw("\"></label> ")
                .Raw("<label>Direction <select name=\"direction\">").Raw(Options(direction, "", "inbound", "outbound")).Raw("</select></label> ")
                .Raw("<label>Outcome <select name=\"outcome\">").Raw(Options(outcome, "", "ok", "failed")).Raw("</select></label> ")
                .Raw("<button type=\"submit\">Search</button></form>");
            page.Raw("<table id=\"log\"><thead><tr><th>When</th><th>Direction</th><th>Partner</th><th>API</th><th>Request</th><th>Status</th>"
                + "<th>ms</th><th>Clock offset</th><th>Error</th></tr></thead><tbody>");
            foreach (var e in exchanges)
            {
                page.Raw("<tr><td><a href=\"/admin/exchanges/").Number(e.Id).Raw("\">").Time(e.At).Raw("</a></td><td>").Text(e.Direction)
                    .Raw("</td><td>").Text(e.PartnerHeiIds).Raw("</td><td>").Text(e.Api).Raw("</td><td>").Text($"{e.Method} {e.Url}")
                    .Raw("</td><td>").Number(e.Status).Raw("</td><td>").Number(e.DurationMs).Raw("</td><td>").Text(AdminPages.Offset(e.ClockOffsetSeconds))
                    .Raw("</td><td>").Text(e.Error).Raw("</td></tr>");
            }

            page.Raw("</tbody></table>");
            if (exchanges.Count == ExchangeQueries.PageSize)
            {
                var query = $"partner={Uri.EscapeDataString(partner ?? "")}&api={Uri.EscapeDataString(api ?? "")}&direction={Uri.EscapeDataString(direction ?? "")}&outcome={Uri.EscapeDataString(outcome ?? "")}&before={exchanges[^1].Id}";
                page.Raw("<p><a href=\"/admin/exchanges?").Text(query).Raw("\">Older</a></p>");
            }
        });

    public static string Detail(ExchangeView e) =>
        AdminHtml.Page($"Exchange {e.Id}", TimeSpan.Zero, page =>
        {
            page.Element("h1", $"{e.Direction} {e.Method} {e.Api}: {e.Status}");
            page.Raw("<table><tbody><tr><th>When</th><td>").Time(e.At).Raw("</td></tr><tr><th>URL</th><td>").Text(e.Url)
                .Raw("</td></tr><tr><th>Partner HEIs</th><td>").Text(e.PartnerHeiIds).Raw("</td></tr><tr><th>X-Request-Id</th><td>").Text(e.RequestId)
                .Raw("</td></tr><tr><th>Duration</th><td>").Text($"{e.DurationMs} ms").Raw("</td></tr><tr><th>Clock offset</th><td>")
                .Text(AdminPages.Offset(e.ClockOffsetSeconds)).Raw("</td></tr><tr><th>Error</th><td>").Text(e.Error).Raw("</td></tr></tbody></table>");
            page.Element("h2", "Request body");
            page.Raw("<pre id=\"request-body\">").Text(e.RequestBody ?? (e.HasBodies ? "" : "(not kept: past the body retention, or empty)")).Raw("</pre>");
            page.Element("h2", "Response body");
            page.Raw("<pre id=\"response-body\">").Text(e.ResponseBody ?? "(not kept: past the body retention, or empty)").Raw("</pre>");
        });

    private static string Options(string? selected, params string[] values) =>
        string.Concat(values.Select(v =>
            $"<option value=\"{v}\"{(string.Equals(v, selected, StringComparison.OrdinalIgnoreCase) ? " selected" : "")}>{(v.Length == 0 ? "any" : v)}</option>"));
}
