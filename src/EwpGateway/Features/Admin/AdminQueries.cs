using EwpGateway.Features.Registry;
using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EwpGateway.Features.Admin;

/// <summary>
/// Reads what the dashboard shows, in a handful of grouped queries (not one query per partner): the partners are every
/// HEI we exchange with (agreements, sync state, CNRs either way, payload issues), our own HEI excluded.
/// </summary>
internal sealed class AdminQueries(
    GatewayDbContextFactory factory,
    IRegistryCatalogueProvider catalogues,
    PartnerHealthRules rules,
    IOptions<EwpHostOptions> host,
    OutboxQueries outboxQueries,
    TimeProvider time)
{
    /// <summary>How far back the communication log is summed up for the dashboard.</summary>
    public static readonly TimeSpan ExchangeWindow = TimeSpan.FromDays(7);

    /// <summary>Certificates not presented for this long are left out (a partner that stopped using one).</summary>
    public static readonly TimeSpan CertificateWindow = TimeSpan.FromDays(30);

    public async Task<IReadOnlyList<PartnerSummary>> GetPartnersAsync(CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var snapshot = await DashboardSnapshot.LoadAsync(
            db, outboxQueries, time.GetUtcNow() - ExchangeWindow, time.GetUtcNow() - CertificateWindow, cancellationToken);
        return snapshot.PartnerIds(host.Value.HeiId)
            .Select(hei => Summarize(hei, snapshot))
            .OrderByDescending(p => p.Health)
            .ThenBy(p => p.HeiId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The partner page, or null when we have nothing to do with <paramref name="heiId"/>.</summary>
    public async Task<PartnerDetail?> GetPartnerAsync(string heiId, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var snapshot = await DashboardSnapshot.LoadAsync(
            db, outboxQueries, time.GetUtcNow() - ExchangeWindow, time.GetUtcNow() - CertificateWindow, cancellationToken);
        if (!snapshot.PartnerIds(host.Value.HeiId).Contains(heiId, StringComparer.Ordinal))
        {
            return null;
        }

        var issues = await db.PayloadIssues.AsNoTracking()
            .Where(i => i.PartnerHeiId == heiId)
            .OrderByDescending(i => i.LastSeenAt)
            .Take(200)
            .Select(i => new PayloadIssueView(i.Api, i.Kind, i.ObjectId, i.Message, i.FirstSeenAt, i.LastSeenAt, i.Count, i.ResolvedAt))
            .ToListAsync(cancellationToken);
        var copies = await db.Agreements.AsNoTracking()
            .Where(a => a.Provenance.Source == ProvenanceSource.Partner && a.Provenance.PartnerHeiId == heiId)
            .OrderBy(a => a.Provenance.PartnerObjectId)
            .Take(500)
            .Select(a => new
            {
                a.Id,
                a.Provenance.PartnerObjectId,
                a.IiaHash,
                a.HashMismatch,
                a.HashComparedAt,
                Approved = a.Approvals.Any(x => x.HeiId == host.Value.HeiId && x.IiaHash == a.IiaHash),
                a.Provenance.LastSeen,
                a.Provenance.WithdrawnAt,
            })
            .ToListAsync(cancellationToken);
        var outbox = await db.Outbox.AsNoTracking()
            .Where(o => o.PartnerHeiId == heiId)
            .OrderByDescending(o => o.CreatedAt)
            .Take(100)
            .ToListAsync(cancellationToken);
        return new PartnerDetail(
            Summarize(heiId, snapshot),
            issues,
            copies.Select(c => new AgreementSyncView(c.Id, c.PartnerObjectId ?? "", c.IiaHash, c.HashMismatch, c.HashComparedAt, c.Approved, c.LastSeen, c.WithdrawnAt)).ToList(),
            outbox.Select(o => new OutboxRowView(o.Kind.ToString(), o.ObjectId, o.Status.ToString(), o.Attempts, o.CreatedAt, o.NextAttemptAt, o.SentAt, o.MergedCount, o.LastError)).ToList());
    }

    private PartnerSummary Summarize(string heiId, DashboardSnapshot snapshot)
    {
        var catalogue = catalogues.Current;
        var institution = catalogue?.FindInstitution(heiId);
        var name = institution?.Names.FirstOrDefault(n => n.Key is null || n.Key.StartsWith("en", StringComparison.OrdinalIgnoreCase)).Value
            ?? institution?.Names.FirstOrDefault().Value;
        var apis = snapshot.SyncStates.Where(s => s.PartnerHeiId == heiId)
            .OrderBy(s => s.Api, StringComparer.Ordinal)
            .Select(s => new ApiSyncStatus(
                s.Api, s.ApiVersion, s.LastAttemptAt, s.LastSuccessAt, s.LastFailureAt, s.LastError, s.ConsecutiveFailures,
                s.LastDurationMs, s.LastListed, s.LastStored, s.LastRejected, s.LastWithdrawn, s.FullSyncRequested))
            .ToList();
        var catalogueApis = catalogue?.GetAllApis(heiId)
            .Select(a => string.IsNullOrEmpty(a.Version) ? a.LocalName : $"{a.LocalName} {a.Version}")
            .Distinct(StringComparer.Ordinal)
            .ToList() ?? [];
        var draft = new PartnerSummary(
            heiId,
            name,
            PartnerHealth.Green,
            [],
            apis,
            snapshot.Outbox.GetValueOrDefault(heiId) ?? OutboxPartnerStatus.Empty(heiId),
            snapshot.InboxPending(heiId),
            snapshot.InboxFailed(heiId),
            snapshot.OpenIssues.GetValueOrDefault(heiId),
            snapshot.HashMismatches.GetValueOrDefault(heiId),
            catalogueApis,
            snapshot.Exchanges.GetValueOrDefault(heiId) ?? [],
            snapshot.ClockOffsets.TryGetValue(heiId, out var offset) ? offset : null,
            snapshot.Certificates.GetValueOrDefault(heiId) ?? [],
            catalogue?.ClientKeyCount(heiId) ?? 0);
        var (health, reasons) = rules.Assess(draft, inCatalogue: catalogue?.IsKnownHei(heiId) ?? false);
        return draft with { Health = health, Reasons = reasons };
    }
}
