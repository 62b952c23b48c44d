using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EwpGateway.Infrastructure.Certificates;

/// <summary>Stores the certificates <see cref="PeerCertificateRecorder"/> queued: new ones added, known ones marked seen again.</summary>
internal sealed class PeerCertificateWriter(
    PeerCertificateRecorder recorder,
    GatewayDbContextFactory factory,
    TimeProvider time,
    ILogger<PeerCertificateWriter> logger) : BackgroundService
{
    /// <summary>Writes what is queued now (tests call this instead of waiting for the loop).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        while (recorder.Reader.TryRead(out var seen))
        {
            await UpsertAsync(seen, cancellationToken);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await recorder.Reader.WaitToReadAsync(stoppingToken))
            {
                try
                {
                    await FlushAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Best effort, like the communication log: a database hiccup must not stop EWP traffic or this loop.
                    CertificatesLog.WriteFailed(logger, ex.GetType().Name, ex.Message);
                    await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

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
