namespace EwpGateway.Features.Admin;

/// <summary>The two dashboard pages: every partner at a glance, and one partner in detail.</summary>
internal static class AdminPages
{
    public static string Dashboard(string homeHeiId, IReadOnlyList<PartnerSummary> partners, TimeSpan refresh) =>
        AdminHtml.Page("Partners", refresh, page =>
        {
            page.Element("h1", $"Partners of {homeHeiId}");
            page.Element("p", $"{partners.Count(p => p.Health == PartnerHealth.Green)} in sync, "
                + $"{partners.Count(p => p.Health == PartnerHealth.Amber)} need a look, "
                + $"{partners.Count(p => p.Health == PartnerHealth.Red)} failing.", "summary");
            page.Raw("<table id=\"partners\"><thead><tr><th>Partner</th><th>Health</th><th>Last success</th><th>Last failure</th>"
                + "<th>Outbox (pending / oldest / failed)</th><th>Inbox backlog</th><th>Payload issues</th><th>Hash mismatches</th>"
                + "<th>Clock offset</th><th>Certificate expiry / registry keys</th><th>APIs in the registry</th></tr></thead><tbody>");
            foreach (var p in partners)
            {
                page.Raw($"<tr data-hei=\"").Text(p.HeiId).Raw("\"><td><a href=\"/admin/partners/").Text(Uri.EscapeDataString(p.HeiId)).Raw("\">")
                    .Text(p.HeiId).Raw("</a><br><span class=\"muted\">").Text(p.Name).Raw("</span></td><td>").Badge(p.Health);
                Reasons(page, p.Reasons);
                page.Raw("</td><td>").Time(p.LastSuccessAt).Raw("</td><td>").Time(p.LastFailureAt).Raw("</td><td>")
                    .Number(p.Outbox.Pending).Raw(" / ").Time(p.Outbox.OldestPendingCreatedAt).Raw(" / ").Number(p.Outbox.Failed)
                    .Raw("</td><td>").Number(p.InboxBacklog).Raw("</td><td>").Number(p.OpenPayloadIssues)
                    .Raw("</td><td>").Number(p.HashMismatches).Raw("</td><td>").Text(Offset(p.ClockOffsetSeconds))
                    .Raw("</td><td class=\"expiry\">").Time(p.Certificates.Count == 0 ? null : p.Certificates.Min(c => c.NotAfter))
                    .Raw(" / ").Number(p.RegistryClientKeys)
                    .Raw("</td><td class=\"apis\">").Text(string.Join(", ", p.CatalogueApis)).Raw("</td></tr>");
            }

            page.Raw("</tbody></table>");
        });

    public static string Partner(PartnerDetail detail, string antiforgeryField, string antiforgeryToken, string? notice, TimeSpan refresh) =>
        AdminHtml.Page(detail.Summary.HeiId, refresh, page =>
        {
            var p = detail.Summary;
            page.Raw("<h1>").Text(p.HeiId).Raw(" ").Badge(p.Health).Raw("</h1>").Element("p", p.Name, "muted");
            if (notice is not null)
            {
                page.Element("p", notice, "notice");
            }

            Reasons(page, p.Reasons);
            var escaped = Uri.EscapeDataString(p.HeiId);
            foreach (var (action, label) in new[] { ("resync", "Re-sync now"), ("retry-cnrs", "Retry failed CNRs") })
            {
                page.Raw($"<form method=\"post\" action=\"/admin/partners/{escaped}/{action}\"><input type=\"hidden\" name=\"")
                    .Text(antiforgeryField).Raw("\" value=\"").Text(antiforgeryToken).Raw("\"><button type=\"submit\">").Text(label).Raw("</button></form>");
            }

            page.Element("h2", "Sync per API");
            page.Raw("<table id=\"apis\"><thead><tr><th>API</th><th>Version</th><th>Last attempt</th><th>Last success</th><th>Last failure</th>"
                + "<th>Failures in a row</th><th>Last run (listed / stored / rejected / withdrawn, ms)</th><th>Last error</th></tr></thead><tbody>");
            foreach (var a in p.Apis)
            {
                page.Raw("<tr><td>").Text(a.Api).Raw(a.FullSyncRequested ? " <span class=\"muted\">(re-sync requested)</span>" : "")
                    .Raw("</td><td>").Text(a.Version).Raw("</td><td>").Time(a.LastAttemptAt).Raw("</td><td>").Time(a.LastSuccessAt)
                    .Raw("</td><td>").Time(a.LastFailureAt).Raw("</td><td>").Number(a.ConsecutiveFailures).Raw("</td><td>")
                    .Text($"{a.LastListed} / {a.LastStored} / {a.LastRejected} / {a.LastWithdrawn}, {a.LastDurationMs}").Raw("</td><td>")
                    .Text(a.LastError).Raw("</td></tr>");
            }

            page.Raw("</tbody></table>");
            page.Element("h2", "Exchanges per API (communication log, last 7 days)");
            page.Raw("<p>").Text($"Clock offset seen in its signatures: {Offset(p.ClockOffsetSeconds)}. ")
                .Raw($"<a href=\"/admin/exchanges?partner={escaped}\">Search its exchanges</a></p>");
            page.Raw("<table id=\"exchanges\"><thead><tr><th>API</th><th>Direction</th><th>Last success</th><th>Last failure</th></tr></thead><tbody>");
            foreach (var e in p.Exchanges)
            {
                page.Raw("<tr><td>").Text(e.Api).Raw("</td><td>").Text(e.Direction).Raw("</td><td>").Time(e.LastSuccessAt)
                    .Raw("</td><td>").Time(e.LastFailureAt).Raw("</td></tr>");
            }

            page.Raw("</tbody></table>");
            page.Element("h2", "Keys and certificates");
            page.Element("p", $"The registry lists {p.RegistryClientKeys} client key(s) for its hosts (two while it rolls its key over); "
                + "EWP registry keys carry no expiry date. TLS certificates it presented in the last 30 days:");
            page.Raw("<table id=\"certificates\"><thead><tr><th>Role</th><th>Host</th><th>Subject</th><th>SHA-256</th><th>Expires</th>"
                + "<th>Last seen</th></tr></thead><tbody>");
            foreach (var c in p.Certificates)
            {
                page.Raw("<tr><td>").Text(c.Role).Raw("</td><td>").Text(c.Host).Raw("</td><td>").Text(c.Subject).Raw("</td><td><code>")
                    .Text(c.Fingerprint).Raw("</code></td><td>").Time(c.NotAfter).Raw("</td><td>").Time(c.LastSeenAt).Raw("</td></tr>");
            }

            page.Raw("</tbody></table>");
            page.Element("h2", "Our CNRs to the partner");
            page.Raw("<p>").Text($"{p.Outbox.Pending} pending, {p.Outbox.Failed} given up; last delivered: ").Time(detail.Outbox.Max(o => o.SentAt)).Raw("</p>");
            page.Raw("<table id=\"outbox\"><thead><tr><th>Kind</th><th>Object</th><th>Status</th><th>Attempts</th><th>Created</th>"
                + "<th>Next attempt</th><th>Sent</th><th>Merged</th><th>Last error</th></tr></thead><tbody>");
            foreach (var o in detail.Outbox)
            {
                page.Raw("<tr><td>").Text(o.Kind).Raw("</td><td>").Text(o.ObjectId).Raw("</td><td>").Text(o.Status).Raw("</td><td>")
                    .Number(o.Attempts).Raw("</td><td>").Time(o.CreatedAt).Raw("</td><td>").Time(o.NextAttemptAt).Raw("</td><td>")
                    .Time(o.SentAt).Raw("</td><td>").Number(o.MergedCount).Raw("</td><td>").Text(o.LastError).Raw("</td></tr>");
            }

            page.Raw("</tbody></table>");
            page.Element("h2", "Agreement copies of the partner");
            page.Raw("<table id=\"agreements\"><thead><tr><th>Their iia-id</th><th>iia-hash</th><th>Compared with ours</th><th>Approved by us</th>"
                + "<th>Last seen</th></tr></thead><tbody>");
            foreach (var a in detail.Agreements)
            {
                page.Raw("<tr><td>").Text(a.PartnerIiaId).Raw(a.WithdrawnAt is null ? "" : " <span class=\"muted\">(withdrawn)</span>")
                    .Raw("</td><td><code>").Text(a.IiaHash).Raw("</code></td><td>");
                if (a.HashMismatch is null)
                {
                    page.Raw(a.HashComparedAt is null ? "<span class=\"muted\">not compared</span>" : "terms match");
                }
                else
                {
                    page.Raw("<pre class=\"mismatch\">").Text(a.HashMismatch).Raw("</pre>");
                }

                page.Raw("</td><td>").Text(a.ApprovedByUs ? "yes" : "no").Raw("</td><td>").Time(a.LastSeen).Raw("</td></tr>");
            }

            page.Raw("</tbody></table>");
            page.Element("h2", "Payload-quality issues");
            page.Raw("<table id=\"issues\"><thead><tr><th>API</th><th>Kind</th><th>Object</th><th>Message</th><th>First seen</th>"
                + "<th>Last seen</th><th>Count</th><th>Resolved</th></tr></thead><tbody>");
            foreach (var i in detail.Issues)
            {
                page.Raw("<tr><td>").Text(i.Api).Raw("</td><td>").Text(i.Kind).Raw("</td><td>").Text(i.ObjectId).Raw("</td><td>")
                    .Text(i.Message).Raw("</td><td>").Time(i.FirstSeenAt).Raw("</td><td>").Time(i.LastSeenAt).Raw("</td><td>")
                    .Number(i.Count).Raw("</td><td>").Time(i.ResolvedAt).Raw("</td></tr>");
            }

            page.Raw("</tbody></table>");
        });

    public static string Offset(double? seconds) =>
        seconds is { } s ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{s:+0.#;-0.#;0} s") : "unknown";

    private static void Reasons(AdminHtml page, IReadOnlyList<string> reasons)
    {
        if (reasons.Count == 0)
        {
            return;
        }

        page.Raw("<ul class=\"reasons\">");
        foreach (var reason in reasons)
        {
            page.Element("li", reason);
        }

        page.Raw("</ul>");
    }
}
