using EwpGateway.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Exchanges;

/// <summary>Writes queued exchanges in batches, and once an hour drops bodies and rows past their retention.</summary>
internal sealed class ExchangeLogWriter(
    ExchangeRecorder recorder,
    GatewayDbContextFactory factory,
    IOptionsMonitor<ExchangeLogOptions> options,
    TimeProvider time,
    ILogger<ExchangeLogWriter> logger) : BackgroundService
{
    public const int BatchSize = 200;
    private DateTimeOffset _nextPurge = DateTimeOffset.MinValue;

    /// <summary>Writes what is queued now (tests call this instead of waiting for the loop).</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var batch = new List<Exchange>(BatchSize);
        while (batch.Count < BatchSize && recorder.Reader.TryRead(out var exchange))
        {
            batch.Add(exchange);
            if (batch.Count == BatchSize)
            {
                await WriteAsync(batch, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await WriteAsync(batch, cancellationToken);
        }
    }

    public async Task PurgeAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var settings = options.CurrentValue;
        var bodiesBefore = now - settings.BodyRetention;
        var rowsBefore = now - settings.Retention;
        await using var db = factory.CreateDbContext();
        await db.Exchanges.Where(e => e.At < bodiesBefore && (e.RequestBody != null || e.ResponseBody != null))
            .ExecuteUpdateAsync(set => set.SetProperty(e => e.RequestBody, (byte[]?)null).SetProperty(e => e.ResponseBody, (byte[]?)null), cancellationToken);
        await db.Exchanges.Where(e => e.At < rowsBefore).ExecuteDeleteAsync(cancellationToken);
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
                    if (time.GetUtcNow() >= _nextPurge)
                    {
                        await PurgeAsync(stoppingToken);
                        _nextPurge = time.GetUtcNow().AddHours(1);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // The log is best effort: a database hiccup must not stop EWP traffic or this loop.
                    ExchangeLog.WriteFailed(logger, ex.GetType().Name, ex.Message);
                    await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task WriteAsync(List<Exchange> batch, CancellationToken cancellationToken)
    {
        await using var db = factory.CreateDbContext();
        db.Exchanges.AddRange(batch);
        await db.SaveChangesAsync(cancellationToken);
    }
}
