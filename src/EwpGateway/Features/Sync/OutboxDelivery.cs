using EwpGateway.Infrastructure.Persistence;

namespace EwpGateway.Features.Sync;

/// <summary>The leased rows of one (partner, kind, object): sent once, recorded on every row.</summary>
/// <param name="Rows">Oldest first; the oldest is the one that counts as sent, the others are merged into it.</param>
internal sealed record OutboxDelivery(IReadOnlyList<OutboxMessage> Rows)
{
    public OutboxMessage Primary => Rows[0];

    public string PartnerHeiId => Primary.PartnerHeiId;

    public OutboxKind Kind => Primary.Kind;

    public string ObjectId => Primary.ObjectId;
}
