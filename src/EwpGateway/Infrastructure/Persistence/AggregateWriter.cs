using System.Data;
using EwpGateway.Infrastructure.Hosting;
using EwpGateway.Infrastructure.Persistence.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// Runs every aggregate write as ONE transaction holding the aggregate, its change-log row(s) and its outbox rows.
/// Writers are serialized (PostgreSQL: a transaction-level advisory lock; SQLite: <c>BEGIN IMMEDIATE</c>), and the
/// change-log sequence is assigned under that lock, so sequences become visible in commit order with no holes.
/// </summary>
internal sealed class AggregateWriter(GatewayDbContextFactory factory, TimeProvider time, IOptions<EwpHostOptions> host)
{
    /// <summary>Key of the advisory lock that serializes change-log appends on PostgreSQL ("EWPG" in ASCII).</summary>
    public const long ChangeLogLockKey = 0x45575047;

    public GatewayDbContextFactory Factory => factory;

    /// <summary>SCHAC id of the home institution; never sent a CNR.</summary>
    public string HomeHeiId => host.Value.HeiId;

    public async Task<T> WriteAsync<T>(Func<AggregateWrite, CancellationToken, Task<T>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var db = factory.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        if (db.Provider == DatabaseProvider.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({ChangeLogLockKey})", ct);
        }

        var write = new AggregateWrite(db, time.GetUtcNow());
        var result = await work(write, ct);
        if (write.Changes.Count > 0 || write.Notices.Count > 0)
        {
            await AppendAsync(write, ct);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException ex)
            {
                var (aggregate, _) = write.Changes[0];
                throw new ConcurrencyConflictException(aggregate.GetType().Name, aggregate.Id, aggregate.Version - 1, null, ex);
            }
        }

        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>Creates <paramref name="aggregate"/> (version 1), once per idempotency key.</summary>
    /// <returns>The id of the created aggregate, or of the one created earlier under the same key.</returns>
    public Task<string> CreateAsync<T>(T aggregate, string? idempotencyKey, Func<T, IEnumerable<OutboxNotice>> notices, CancellationToken ct)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(notices);
        var operation = "Create" + typeof(T).Name;
        var requestHash = string.IsNullOrEmpty(idempotencyKey) ? null : RequestHash.Of(aggregate);
        return WriteAsync(async (write, token) =>
        {
            if (requestHash is not null)
            {
                var earlier = await write.Db.IdempotencyRecords.AsNoTracking()
                    .SingleOrDefaultAsync(r => r.Operation == operation && r.ClientKey == idempotencyKey, token);
                if (earlier is not null)
                {
                    return earlier.RequestHash == requestHash
                        ? earlier.AggregateId
                        : throw new IdempotencyConflictException($"The idempotency key '{idempotencyKey}' was already used for a different {operation} request.");
                }
            }

            if (string.IsNullOrEmpty(aggregate.Id))
            {
                aggregate.Id = Guid.NewGuid().ToString();
            }

            aggregate.Version = 1;
            aggregate.Provenance.FirstSeen = write.Now;
            aggregate.Provenance.LastSeen = write.Now;
            aggregate.Provenance.LastModified = write.Now;
            write.Db.Add(aggregate);
            if (requestHash is not null)
            {
                write.Db.IdempotencyRecords.Add(new IdempotencyRecord
                {
                    Operation = operation,
                    ClientKey = idempotencyKey!,
                    RequestHash = requestHash,
                    AggregateId = aggregate.Id,
                    CreatedAt = write.Now,
                });
            }

            write.Changed(aggregate, ChangeOperation.Created);
            write.Notify(aggregate.Id, notices(aggregate));
            return aggregate.Id;
        }, ct);
    }

    /// <summary>Loads the aggregate, checks <paramref name="expectedVersion"/> (null: no check), applies <paramref name="change"/> and bumps the version.</summary>
    public Task<T> UpdateAsync<T>(string id, long? expectedVersion, Action<T, AggregateWrite> change, Func<T, IEnumerable<OutboxNotice>> notices, CancellationToken ct)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(change);
        ArgumentNullException.ThrowIfNull(notices);
        return WriteAsync(async (write, token) =>
        {
            var existing = await LoadForWriteAsync<T>(write, id, expectedVersion, token);
            var version = existing.Version;
            change(existing, write);
            existing.Id = id;
            existing.Version = version + 1;
            existing.Provenance.LastModified = write.Now;
            existing.Provenance.LastSeen = write.Now;
            write.Db.Entry(existing).State = EntityState.Modified;
            write.Changed(existing, ChangeOperation.Updated);
            write.Notify(existing.Id, notices(existing));
            return existing;
        }, ct);
    }

    public Task<bool> DeleteAsync<T>(string id, long? expectedVersion, Func<T, IEnumerable<OutboxNotice>> notices, CancellationToken ct)
        where T : AggregateRoot
    {
        ArgumentNullException.ThrowIfNull(notices);
        return WriteAsync(async (write, token) =>
        {
            var existing = await LoadForWriteAsync<T>(write, id, expectedVersion, token);
            write.Db.Remove(existing);
            existing.Version++;
            write.Changed(existing, ChangeOperation.Deleted);
            write.Notify(existing.Id, notices(existing));
            return true;
        }, ct);
    }

    private static async Task<T> LoadForWriteAsync<T>(AggregateWrite write, string id, long? expectedVersion, CancellationToken ct)
        where T : AggregateRoot
    {
        var existing = await write.Db.Set<T>().SingleOrDefaultAsync(a => a.Id == id, ct)
            ?? throw AggregateNotFoundException.For(typeof(T).Name, id);
        if (expectedVersion is { } expected && existing.Version != expected)
        {
            throw new ConcurrencyConflictException(typeof(T).Name, id, expected, existing.Version);
        }

        return existing;
    }

    private async Task AppendAsync(AggregateWrite write, CancellationToken ct)
    {
        var db = write.Db;
        var next = (await db.ChangeLog.MaxAsync(e => (long?)e.Sequence, ct) ?? 0) + 1;
        foreach (var (aggregate, operation) in write.Changes)
        {
            db.ChangeLog.Add(new ChangeLogEntry
            {
                Sequence = next++,
                AggregateType = aggregate.GetType().Name,
                AggregateId = aggregate.Id,
                Operation = operation,
                OccurredAt = write.Now,
                Version = aggregate.Version,
            });
        }

        var home = host.Value.HeiId;
        foreach (var (objectId, notice) in write.Notices.Distinct())
        {
            if (string.IsNullOrEmpty(notice.PartnerHeiId) || string.Equals(notice.PartnerHeiId, home, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            db.Outbox.Add(new OutboxMessage
            {
                PartnerHeiId = notice.PartnerHeiId,
                Kind = notice.Kind,
                ObjectId = objectId,
                CreatedAt = write.Now,
                NextAttemptAt = write.Now,
            });
        }
    }
}
