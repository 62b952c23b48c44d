using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Features.Sync;

/// <summary>Inbox rows leased to this instance at <paramref name="LeasedAt"/>.</summary>
internal sealed record InboxLease(DateTimeOffset LeasedAt, IReadOnlyList<InboxMessage> Rows);
