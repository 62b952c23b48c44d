using EwpGateway.Infrastructure.Persistence;
using EwpGateway.Infrastructure.Queues;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Certificates;

/// <summary>Stores the certificates <see cref="PeerCertificateRecorder"/> queued: new ones added, known ones marked seen again.</summary>
internal sealed class PeerCertificateWriter(
    PeerCertificateRecorder recorder,
    GatewayDbContextFactory factory,
    TimeProvider time,
    ILogger<PeerCertificateWriter> logger) : WriteBehindWriter<PeerCertificate>(recorder.Queue, time)
{
    protected override async Task WriteAsync(IReadOnlyList<PeerCertificate> batch, CancellationToken cancellationToken)
    {
        foreach (var seen in batch)
        {
            await UpsertAsync(seen, cancellationToken);
        }
    }

    protected override void LogFailure(Exception exception, int lost) =>
        CertificatesLog.WriteFailed(logger, lost, exception.GetType().Name, exception.Message);

    private async Task UpsertAsync(PeerCertificate seen, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        var updated = await db.PeerCertificates.Where(c => c.Fingerprint == seen.Fingerprint)
            .ExecuteUpdateAsync(set => set
                .SetProperty(c => c.LastSeenAt, seen.LastSeenAt)
                .SetProperty(c => c.HeiIds, seen.HeiIds)
                .SetProperty(c => c.Host, seen.Host), cancellationToken);
        if (updated > 0)
        {
            return;
        }

        db.PeerCertificates.Add(seen);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance may have stored it in between: then it is recorded, which is all this wanted.
            db.ChangeTracker.Clear();
            if (!await db.PeerCertificates.AsNoTracking().AnyAsync(c => c.Fingerprint == seen.Fingerprint, cancellationToken))
            {
                throw;
            }
        }
    }
}
