using System.Globalization;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Admin;

/// <summary>
/// Decides a partner's traffic light and says why. Red: pulls keep failing (<see cref="AdminOptions.RedAfterFailures"/>
/// in a row) or CNRs were given up. Amber: a recent failure, sync lag, CNRs waiting too long, payload issues,
/// agreement copies that differ from ours, a certificate expiring within <see cref="AdminOptions.CertificateWarning"/>
/// (expired: red), not in the registry. Green otherwise.
/// </summary>
internal sealed class PartnerHealthRules(TimeProvider time, IOptionsMonitor<AdminOptions> options)
{
    /// <summary>A clock further off than this is worth a look: at 300 s signatures start being refused.</summary>
    public const double ClockWarningSeconds = 120;

    /// <summary>The most characters of an error quoted in a reason.</summary>
    public const int MaxReasonLength = 160;

    public (PartnerHealth Health, IReadOnlyList<string> Reasons) Assess(PartnerSummary partner, bool inCatalogue)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var settings = options.CurrentValue;
        var now = time.GetUtcNow();
        var red = new List<string>();
        var amber = new List<string>();

        foreach (var api in partner.Apis)
        {
            if (api.ConsecutiveFailures >= settings.RedAfterFailures)
            {
                red.Add($"{api.Api}: {api.ConsecutiveFailures} failed syncs in a row: {Short(api.LastError)}");
            }
            else if (api.ConsecutiveFailures > 0)
            {
                amber.Add($"{api.Api}: last sync failed: {Short(api.LastError)}");
            }
            else if (api.LastSuccessAt is { } success && now - success > settings.StaleAfter)
            {
                amber.Add($"{api.Api}: last successful sync {Ago(now - success)} ago");
            }
            else if (api.LastSuccessAt is null && api.LastAttemptAt is null)
            {
                amber.Add($"{api.Api}: never synced yet");
            }
        }

        if (partner.Outbox.Failed > 0)
        {
            red.Add($"{partner.Outbox.Failed} CNR(s) given up: {Short(partner.Outbox.LastFailedError)}");
        }

        if (partner.Outbox.OldestPendingCreatedAt is { } oldest && now - oldest > settings.StaleAfter)
        {
            amber.Add($"{partner.Outbox.Pending} CNR(s) waiting, the oldest for {Ago(now - oldest)}: {Short(partner.Outbox.LastError)}");
        }

        if (partner.InboxFailed > 0)
        {
            amber.Add($"{partner.InboxFailed} of its CNR(s) could not be fetched");
        }

        if (partner.OpenPayloadIssues > 0)
        {
            amber.Add($"{partner.OpenPayloadIssues} payload-quality issue(s)");
        }

        if (partner.HashMismatches > 0)
        {
            amber.Add($"{partner.HashMismatches} agreement copy(ies) differ from ours");
        }

        if (partner.ClockOffsetSeconds is { } offset && Math.Abs(offset) > ClockWarningSeconds)
        {
            amber.Add(string.Create(CultureInfo.InvariantCulture, $"its clock is {offset:+0;-0} s off ours (EWP refuses more than 300 s)"));
        }

        foreach (var certificate in partner.Certificates)
        {
            var what = certificate.Role == "Server" ? $"the TLS certificate of {certificate.Host}" : "its TLS client certificate";
            if (certificate.NotAfter <= now)
            {
                red.Add(string.Create(CultureInfo.InvariantCulture, $"{what} expired on {certificate.NotAfter:yyyy-MM-dd}"));
            }
            else if (certificate.NotAfter - now <= settings.CertificateWarning)
            {
                amber.Add(string.Create(CultureInfo.InvariantCulture, $"{what} expires in {Ago(certificate.NotAfter - now)} ({certificate.NotAfter:yyyy-MM-dd})"));
            }
        }

        if (!inCatalogue)
        {
            amber.Add("not listed in the registry catalogue");
        }

        var reasons = red.Concat(amber).ToList();
        var health = red.Count > 0 ? PartnerHealth.Red : amber.Count > 0 ? PartnerHealth.Amber : PartnerHealth.Green;
        return (health, reasons);
    }

    /// <summary>Errors can carry a partner's whole error response: the dashboard row shows the start, the partner page all.</summary>
    private static string Short(string? error) =>
        error is null ? "" : error.Length <= MaxReasonLength ? error : error[..MaxReasonLength] + "…";

    private static string Ago(TimeSpan span) =>
        span.TotalDays >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalDays:0.#} days")
        : span.TotalHours >= 1 ? string.Create(CultureInfo.InvariantCulture, $"{span.TotalHours:0.#} hours")
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Max(1, (int)span.TotalMinutes)} minutes");
}
