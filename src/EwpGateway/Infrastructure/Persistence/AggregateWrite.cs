using EwpGateway.Infrastructure.Persistence.Model;

namespace EwpGateway.Infrastructure.Persistence;

/// <summary>
/// One write transaction in progress: the context, the time of the write, and the change-log and outbox rows
/// that <see cref="AggregateWriter"/> adds before committing.
/// </summary>
internal sealed class AggregateWrite(GatewayDbContext db, DateTimeOffset now)
{
    private readonly List<(AggregateRoot Aggregate, ChangeOperation Operation)> _changes = [];
    private readonly List<(string ObjectId, OutboxNotice Notice)> _notices = [];

    public GatewayDbContext Db => db;

    public DateTimeOffset Now => now;

    public IReadOnlyList<(AggregateRoot Aggregate, ChangeOperation Operation)> Changes => _changes;

    public IReadOnlyList<(string ObjectId, OutboxNotice Notice)> Notices => _notices;

    public void Changed(AggregateRoot aggregate, ChangeOperation operation) => _changes.Add((aggregate, operation));

    public void Notify(string objectId, IEnumerable<OutboxNotice> notices)
    {
        ArgumentNullException.ThrowIfNull(notices);
        foreach (var notice in notices)
        {
            _notices.Add((objectId, notice));
        }
    }
}
