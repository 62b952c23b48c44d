using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace EwpGateway.Infrastructure.Hosting;

/// <summary>Writes a health report as JSON, with each check's status, description and data, for on-call administrators.</summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new
                {
                    status = entry.Value.Status.ToString(),
                    description = entry.Value.Description,
                    data = entry.Value.Data.ToDictionary(d => d.Key, d => d.Value?.ToString()),
                }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted);
    }
}
