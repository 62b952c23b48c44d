using EwpGateway.Features.Sync;
using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Features.Admin;

/// <summary>The per-partner figures of the dashboard, each read with one grouped query.</summary>
internal sealed class DashboardSnapshot
{
    private List<(string Senders, InboxStatus Status, int Count)> _inbox = [];

    public List<SyncState> SyncStates { get; private set; } = [];

    public Dictionary<string, OutboxPartnerStatus> Outbox { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> OpenIssues { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> HashMismatches { get; private set; } = new(StringComparer.Ordinal);

    public List<string> AgreementPartners { get; private set; } = [];

    public Dictionary<string, List<ApiExchangeStatus>> Exchanges { get; private set; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> ClockOffsets { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Per HEI, the certificate it presented most recently in each role.</summary>
    public Dictionary<string, List<CertificateView>> Certificates { get; private set; } = new(StringComparer.Ordinal);

    /// <summary>Reads every figure; the outbox's come from the outbox's own queries, the communication log only from <paramref name="exchangesSince"/> on.</summary>
    public static async Task<DashboardSnapshot> LoadAsync(
        GatewayDbContext db, OutboxQueries outbox, DateTimeOffset exchangesSince, DateTimeOffset certificatesSince, CancellationToken cancellationToken)
    {
        var snapshot = new DashboardSnapshot
        {
            SyncStates = await db.SyncStates.AsNoTracking().ToListAsync(cancellationToken),
            AgreementPartners = await db.Agreements.AsNoTracking()
                .Where(a => a.Provenance.Source == ProvenanceSource.Local)
                .SelectMany(a => a.Partners.Select(p => p.HeiId))
                .Distinct()
                .ToListAsync(cancellationToken),
            OpenIssues = await db.PayloadIssues.AsNoTracking()
                .Where(i => i.ResolvedAt == null)
                .GroupBy(i => i.PartnerHeiId)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, StringComparer.Ordinal, cancellationToken),
            HashMismatches = await db.Agreements.AsNoTracking()
                .Where(a => a.Provenance.Source == ProvenanceSource.Partner && a.HashMismatch != null && a.Provenance.WithdrawnAt == null)
                .GroupBy(a => a.Provenance.PartnerHeiId!)
                .Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(x => x.Key, x => x.Count, StringComparer.Ordinal, cancellationToken),
        };
        var inbox = await db.Inbox.AsNoTracking()
            .Where(m => m.Status != InboxStatus.Done)
            .GroupBy(m => new { m.SenderHeiIds, m.Status })
            .Select(g => new { g.Key.SenderHeiIds, g.Key.Status, Count = g.Count() })
            .ToListAsync(cancellationToken);
        snapshot._inbox = inbox.Select(x => (x.SenderHeiIds, x.Status, x.Count)).ToList();
        snapshot.Outbox = (await outbox.ByPartnerAsync(cancellationToken)).ToDictionary(o => o.PartnerHeiId, StringComparer.Ordinal);
        (snapshot.Exchanges, snapshot.ClockOffsets) = await ExchangeQueries.SummarizeAsync(db, exchangesSince, cancellationToken);
        snapshot.Certificates = await LoadCertificatesAsync(db, certificatesSince, cancellationToken);
        return snapshot;
    }

    /// <summary>Every HEI with something on the dashboard, <paramref name="homeHeiId"/> excluded.</summary>
    public IReadOnlyList<string> PartnerIds(string homeHeiId) =>
        SyncStates.Select(s => s.PartnerHeiId)
            .Concat(AgreementPartners)
            .Concat(Outbox.Keys)
            .Concat(OpenIssues.Keys)
            .Concat(HashMismatches.Keys)
            .Concat(Exchanges.Keys)
            .Concat(Certificates.Keys)
            .Concat(_inbox.SelectMany(i => i.Senders.Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(h => !string.Equals(h, homeHeiId, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static async Task<Dictionary<string, List<CertificateView>>> LoadCertificatesAsync(
        GatewayDbContext db, DateTimeOffset since, CancellationToken cancellationToken)
    {
        var seen = await db.PeerCertificates.AsNoTracking().Where(c => c.LastSeenAt >= since).ToListAsync(cancellationToken);

        // A renewed certificate replaces the old one: per HEI and role only the one presented last counts.
        return seen
            .SelectMany(c => c.HeiIds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(hei => (Hei: hei, Certificate: c)))
            .GroupBy(x => (x.Hei, x.Certificate.Role))
            .Select(g => (g.Key.Hei, Latest: g.MaxBy(x => x.Certificate.LastSeenAt).Certificate))
            .GroupBy(x => x.Hei, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => g.Select(x => new CertificateView(x.Latest.Role.ToString(), x.Latest.Host, x.Latest.Subject, x.Latest.Fingerprint, x.Latest.NotAfter, x.Latest.LastSeenAt))
                    .OrderBy(c => c.Role, StringComparer.Ordinal)
                    .ToList(),
                StringComparer.Ordinal);
    }

    public int InboxPending(string heiId) => InboxCount(heiId, InboxStatus.Pending);

    public int InboxFailed(string heiId) => InboxCount(heiId, InboxStatus.Failed);

    private int InboxCount(string heiId, InboxStatus status) =>
        _inbox.Where(i => i.Status == status && i.Senders.Split(' ').Contains(heiId, StringComparer.Ordinal)).Sum(i => i.Count);
}
