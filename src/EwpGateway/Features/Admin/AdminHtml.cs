using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace EwpGateway.Features.Admin;

/// <summary>
/// Writes the dashboard's HTML: plain server-rendered pages readable without JavaScript; times are written in UTC and
/// a few lines of script, when allowed, show them in the viewer's time zone.
/// </summary>
internal sealed class AdminHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Default;
    private readonly StringBuilder _html = new();

    public AdminHtml Raw(string html)
    {
        _html.Append(html);
        return this;
    }

    public AdminHtml Text(string? text)
    {
        _html.Append(Encoder.Encode(text ?? ""));
        return this;
    }

    public AdminHtml Element(string tag, string? text, string? cssClass = null)
    {
        _html.Append('<').Append(tag);
        if (cssClass is not null)
        {
            _html.Append(" class=\"").Append(cssClass).Append('"');
        }

        return Raw(">").Text(text).Raw($"</{tag}>");
    }

    public AdminHtml Time(DateTimeOffset? value)
    {
        if (value is not { } at)
        {
            return Raw("<span class=\"muted\">never</span>");
        }

        var utc = at.ToUniversalTime();
        return Raw("<time datetime=\"").Raw(utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)).Raw("\">")
            .Text(utc.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Raw("</time>");
    }

    public AdminHtml Badge(PartnerHealth health) =>
        Raw($"<span class=\"badge {health.ToString().ToLowerInvariant()}\" data-health=\"{health}\">").Text(health switch
        {
            PartnerHealth.Green => "in sync",
            PartnerHealth.Amber => "needs a look",
            _ => "failing",
        }).Raw("</span>");

    public AdminHtml Number(long value) => Text(value.ToString(CultureInfo.InvariantCulture));

    public static string Page(string title, TimeSpan refresh, Action<AdminHtml> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var page = new AdminHtml();
        page.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">");
        if (refresh > TimeSpan.Zero)
        {
            page.Raw($"<meta http-equiv=\"refresh\" content=\"{(int)refresh.TotalSeconds}\">");
        }

        page.Raw("<title>").Text(title).Raw(" · EwpGateway</title><style>").Raw(Styles).Raw("</style></head><body>");
        page.Raw("<header><a href=\"/admin\">EwpGateway</a> administration · <a href=\"/admin/exchanges\">communication log</a></header><main>");
        body(page);
        page.Raw("</main><script>").Raw(LocalTimes).Raw("</script></body></html>");
        return page._html.ToString();
    }

    private const string Styles =
        "body{font-family:system-ui,sans-serif;margin:0;color:#1d2430}header{background:#1d3557;color:#fff;padding:.7em 1.2em}"
        + "header a{color:#fff;font-weight:bold;text-decoration:none}main{padding:1em 1.2em}table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}"
        + "th,td{border-bottom:1px solid #dde;padding:.35em .5em;text-align:left;vertical-align:top;font-size:.92em}th{background:#f1f3f7}"
        + ".badge{padding:.1em .6em;border-radius:1em;color:#fff;font-size:.85em;white-space:nowrap}.green{background:#2a9d4b}"
        + ".amber{background:#e09b00}.red{background:#c62828}.muted{color:#778}ul.reasons{margin:.2em 0;padding-left:1.1em}"
        + "form{display:inline;margin-right:.6em}button{padding:.35em .9em}.notice{background:#e8f4ea;padding:.5em;border-radius:.3em}"
        + "pre{white-space:pre-wrap;font-size:.85em;margin:0}td.apis{font-size:.78em;max-width:16em}ul.reasons{max-width:36em}";

    private const string LocalTimes =
        "document.querySelectorAll('time[datetime]').forEach(function(t){var d=new Date(t.getAttribute('datetime'));"
        + "if(!isNaN(d)){t.title=t.textContent;t.textContent=d.toLocaleString();}});";
}
