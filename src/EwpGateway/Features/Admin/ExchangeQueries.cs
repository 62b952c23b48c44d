using EwpGateway.Infrastructure.Exchanges;
using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Admin;

/// <summary>Searches the communication log and sums it up per partner.</summary>
internal sealed class ExchangeQueries(GatewayDbContextFactory factory)
{
    public const int PageSize = 100;

    /// <summary>Newest first, filtered by partner HEI, API, direction and outcome (<c>ok</c> or <c>failed</c>).</summary>
    public async Task<IReadOnlyList<ExchangeView>> SearchAsync(
        string? partner, string? api, string? direction, string? outcome, long? before, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var query = db.Exchanges.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(partner))
        {
            var padded = partner.Trim();
            query = query.Where(e => e.PartnerHeiIds == padded || e.PartnerHeiIds.StartsWith(padded + " ")
                || e.PartnerHeiIds.EndsWith(" " + padded) || e.PartnerHeiIds.Contains(" " + padded + " "));
        }

        if (!string.IsNullOrWhiteSpace(api))
        {
            query = query.Where(e => e.Api == api.Trim());
        }

        if (Enum.TryParse<ExchangeDirection>(direction, ignoreCase: true, out var dir))
        {
            query = query.Where(e => e.Direction == dir);
        }

        query = outcome switch
        {
            "ok" => query.Where(e => e.Status >= 200 && e.Status < 300),
            "failed" => query.Where(e => e.Status < 200 || e.Status >= 300),
            _ => query,
        };
        if (before is { } id)
        {
            query = query.Where(e => e.Id < id);
        }

        return await query.OrderByDescending(e => e.Id).Take(PageSize)
            .Select(e => new ExchangeView(
                e.Id, e.At, e.Direction.ToString(), e.PartnerHeiIds, e.Api, e.Method, e.Url, e.Status, e.DurationMs, e.RequestId,
                e.ClockOffsetSeconds, e.Error, e.RequestBody != null || e.ResponseBody != null, null, null))
            .ToListAsync(cancellationToken);
    }

    /// <summary>One exchange with its bodies decompressed (null when the retention already dropped them).</summary>
    public async Task<ExchangeView?> GetAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var e = await db.Exchanges.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, cancellationToken);
        return e is null
            ? null
            : new ExchangeView(
                e.Id, e.At, e.Direction.ToString(), e.PartnerHeiIds, e.Api, e.Method, e.Url, e.Status, e.DurationMs, e.RequestId,
                e.ClockOffsetSeconds, e.Error, e.RequestBody != null || e.ResponseBody != null,
                e.RequestBody is null ? null : ExchangeRecorder.Decompress(e.RequestBody),
                e.ResponseBody is null ? null : ExchangeRecorder.Decompress(e.ResponseBody));
    }

    /// <summary>Per partner HEI: last success and failure per API and direction, and the latest clock offset seen.</summary>
    public static async Task<(Dictionary<string, List<ApiExchangeStatus>> Apis, Dictionary<string, double> ClockOffsets)> SummarizeAsync(
        GatewayDbContext db, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var groups = await db.Exchanges.AsNoTracking()
            .Where(e => e.At >= since && e.PartnerHeiIds != "")
            .GroupBy(e => new { e.PartnerHeiIds, e.Api, e.Direction, Ok = e.Status >= 200 && e.Status < 300 })
            .Select(g => new { g.Key.PartnerHeiIds, g.Key.Api, g.Key.Direction, g.Key.Ok, Last = g.Max(e => e.Id) })
            .ToListAsync(cancellationToken);
        var lastIds = groups.Select(g => g.Last).ToList();
        var rows = await db.Exchanges.AsNoTracking()
            .Where(e => lastIds.Contains(e.Id))
            .Select(e => new { e.Id, e.At, e.ClockOffsetSeconds })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var apis = new Dictionary<string, List<ApiExchangeStatus>>(StringComparer.Ordinal);
        var offsets = new Dictionary<string, (long Id, double Offset)>(StringComparer.Ordinal);
        foreach (var hei in groups.SelectMany(g => g.PartnerHeiIds.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.Ordinal))
        {
            var mine = groups.Where(g => g.PartnerHeiIds.Split(' ').Contains(hei, StringComparer.Ordinal)).ToList();
            apis[hei] = mine.GroupBy(g => (g.Api, g.Direction))
                .Select(x => new ApiExchangeStatus(
                    x.Key.Api,
                    x.Key.Direction.ToString(),
                    x.Where(g => g.Ok).Select(g => (DateTimeOffset?)rows[g.Last].At).Max(),
                    x.Where(g => !g.Ok).Select(g => (DateTimeOffset?)rows[g.Last].At).Max()))
                .OrderBy(s => s.Api, StringComparer.Ordinal).ThenBy(s => s.Direction, StringComparer.Ordinal)
                .ToList();
            foreach (var g in mine.Where(g => rows[g.Last].ClockOffsetSeconds is not null))
            {
                if (!offsets.TryGetValue(hei, out var seen) || seen.Id < g.Last)
                {
                    offsets[hei] = (g.Last, rows[g.Last].ClockOffsetSeconds!.Value);
                }
            }
        }

        return (apis, offsets.ToDictionary(o => o.Key, o => o.Value.Offset, StringComparer.Ordinal));
    }
}
