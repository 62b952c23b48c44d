namespace EwpGateway.Infrastructure.Partners;

/// <summary>The outcome of one delivery attempt to a partner, with what went wrong when it did.</summary>
/// <param name="Status">Delivered, transient or permanent failure.</param>
/// <param name="Error">Why it failed (status, partner's messages or exception); null when delivered.</param>
internal readonly record struct PartnerDelivery(PartnerDeliveryStatus Status, string? Error)
{
    public static PartnerDelivery Delivered => new(PartnerDeliveryStatus.Delivered, null);

    public static PartnerDelivery Transient(string error) => new(PartnerDeliveryStatus.Transient, error);

    public static PartnerDelivery Permanent(string error) => new(PartnerDeliveryStatus.Permanent, error);

    public static PartnerDelivery NotImplemented(string error) => new(PartnerDeliveryStatus.NotImplemented, error);
}
